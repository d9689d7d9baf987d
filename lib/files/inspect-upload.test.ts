import { createHash } from 'node:crypto';
import { createReadStream, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixturePath, GOOD_FIXTURES } from '@/e2e/fixtures/files/corpus';
import { inspectUpload, type InspectedUpload } from './inspect-upload';
import { refusalMessage } from './upload-refusals';

let tmpDir: string;
const limits = () => ({ maxMb: 20, tmpDir });
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const inspectFixture = (file: string, name = file) => inspectUpload(createReadStream(fixturePath(file)), name, limits());

async function expectAccepted(result: Awaited<ReturnType<typeof inspectUpload>>): Promise<InspectedUpload> {
  if (!result.ok) throw new Error(`refusé : ${result.code}`);
  return result;
}

beforeEach(async () => {
  tmpDir = await mkdtemp(path.join(tmpdir(), 'guichet-inspect-'));
});
afterEach(async () => {
  await rm(tmpDir, { recursive: true, force: true });
});

// The bad files go through the whole upload in handle-upload.integration.test.ts.
describe('inspectUpload: the good files of e2e/fixtures/files', () => {
  it.each(GOOD_FIXTURES)('accepts $file ($about)', async ({ file, mime }) => {
    const result = await expectAccepted(await inspectFixture(file));
    const kept = await readFile(result.tempPath);

    expect(result).toMatchObject({ ok: true, mime, originalName: file, size: kept.length, sha256: sha256(kept) });
    expect(await readdir(tmpDir)).toEqual([path.basename(result.tempPath)]);
  });
});

describe('inspectUpload', () => {
  it('keeps an accepted PDF byte for byte', async () => {
    const result = await expectAccepted(await inspectFixture('attestation.pdf'));
    expect(result.sha256).toBe(sha256(readFileSync(fixturePath('attestation.pdf'))));
  });

  it('re-encodes a JPEG upright and without its EXIF (GPS position)', async () => {
    const original = await sharp(fixturePath('photo-gps.jpg')).metadata();
    expect(original).toMatchObject({ width: 64, height: 32, orientation: 6 });
    // The GPS IFD pointer tag (0x8825), in the file's byte order.
    expect(original.exif?.includes(Buffer.from([0x25, 0x88])) || original.exif?.includes(Buffer.from([0x88, 0x25]))).toBe(true);

    const result = await expectAccepted(await inspectFixture('photo-gps.jpg'));
    const reencoded = await sharp(result.tempPath).metadata();
    expect(reencoded).toMatchObject({ format: 'jpeg', width: 32, height: 64 });
    expect(reencoded.exif).toBeUndefined();
    expect(reencoded.orientation).toBeUndefined();
    expect(result.sha256).not.toBe(sha256(readFileSync(fixturePath('photo-gps.jpg'))));
  });

  it('re-encodes PNG and WebP in their own format', async () => {
    expect(await sharp((await expectAccepted(await inspectFixture('plan.png'))).tempPath).metadata()).toMatchObject({ format: 'png', width: 96, height: 64 });
    expect(await sharp((await expectAccepted(await inspectFixture('scan.webp'))).tempPath).metadata()).toMatchObject({ format: 'webp', width: 40, height: 40 });
  });

  it('drops what follows the image data (polyglot tail)', async () => {
    const polyglot = Buffer.concat([readFileSync(fixturePath('plan.png')), Buffer.from('<script>alert(1)</script>')]);
    const result = await expectAccepted(await inspectUpload(Readable.from([polyglot]), 'plan.png', limits()));
    expect((await readFile(result.tempPath)).includes('<script>')).toBe(false);
  });

  it('checks the extension case-insensitively and returns a clean original name', async () => {
    expect(await inspectFixture('attestation.pdf', 'C:\\Mes documents\\ATTESTATION.PDF')).toMatchObject({ ok: true, originalName: 'ATTESTATION.PDF' });
    expect(await inspectFixture('photo-gps.jpg', 'photo.JPEG')).toMatchObject({ ok: true, ext: 'jpg', originalName: 'photo.JPEG' });
    expect(await inspectFixture('attestation.pdf', 'attestation')).toMatchObject({ ok: false, code: 'extension-mismatch' });
    expect(await inspectFixture('scan.webp', 'scan.png')).toMatchObject({ ok: false, code: 'extension-mismatch' });
  });

  it('accepts exactly the limit and refuses one byte more, naming the limit', async () => {
    const maxBytes = 1024 * 1024;
    const pdf = readFileSync(fixturePath('attestation.pdf'));
    // A valid PDF padded with a trailing comment up to the limit: readers ignore what follows %%EOF.
    const atLimit = Buffer.concat([pdf, Buffer.alloc(maxBytes - pdf.length, 0x20)]);
    expect(await inspectUpload(Readable.from([atLimit]), 'a.pdf', { maxMb: 1, tmpDir })).toMatchObject({ ok: true, size: maxBytes });
    const overLimit = Buffer.concat([atLimit, Buffer.from(' ')]);
    expect(await inspectUpload(Readable.from([overLimit]), 'a.pdf', { maxMb: 1, tmpDir })).toEqual({
      ok: false,
      code: 'too-large',
      message: 'Le fichier dépasse la taille maximale de 1 Mo.',
    });
    expect(refusalMessage('too-large', 2.5)).toBe('Le fichier dépasse la taille maximale de 2,5 Mo.');
  });

  it('throws when the upload breaks off, and leaves no temporary file', async () => {
    const broken = Readable.from(
      (async function* () {
        yield readFileSync(fixturePath('attestation.pdf'));
        throw new Error('connexion interrompue');
      })(),
    );
    await expect(inspectUpload(broken, 'a.pdf', limits())).rejects.toThrow('connexion interrompue');
    expect(await readdir(tmpDir)).toEqual([]);
  });

  it('uses the exact messages the dossiers’ pages and tests rely on', () => {
    expect(refusalMessage('type-refused', 20)).toMatch(/^Seuls les formats PDF et image \(PNG, JPEG, WebP\) sont autorisés pour des raisons de sécurité\./);
    expect(refusalMessage('image-too-large', 20)).toBe('L’image est trop grande (plus de 40 millions de pixels).');
    expect(refusalMessage('pdf-encrypted', 20)).toBe('Ce PDF est protégé par un mot de passe : déposez une version non protégée.');
  });
});
