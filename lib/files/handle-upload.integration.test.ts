import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Readable } from 'node:stream';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildBadFileCorpus } from '@/e2e/fixtures/files/bad-file-corpus';
import { fixturePath } from '@/e2e/fixtures/files/corpus';
import { createConfirmedUser } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { createFsDriver } from '@/lib/storage/fs-driver';
import { sha256Of } from '@/lib/storage/storage-contract';
import type { StorageDriver } from '@/lib/storage/types';
import { handleUpload } from './handle-upload';
import { refusalMessage } from './upload-refusals';
import type { UploadQuota } from './upload-quota';
import { brokenUploadRequest, fixtureUpload, rawNameUploadRequest, UPLOAD_URL, uploadRequest } from '@/test/integration/upload-requests';

let dir: string;
let storage: StorageDriver;
let viewer: { id: string };

const tmpDir = () => path.join(dir, 'tmp');
const upload = (request: Request, dependencies: { storage?: StorageDriver; maxMb?: number; quota?: UploadQuota; as?: { id: string } } = {}) =>
  handleUpload(request, dependencies.as ?? viewer, {
    storage: dependencies.storage ?? storage,
    limits: { maxMb: dependencies.maxMb ?? 20, tmpDir: tmpDir(), quota: dependencies.quota },
  });

/** A body that fails as soon as it is read: a refusal that comes back instead was decided before streaming. */
function unreadableUpload(headers: Record<string, string> = {}): Request {
  const body = new ReadableStream<Uint8Array>({
    pull() {
      throw new Error('le corps a été lu');
    },
  });
  return new Request(UPLOAD_URL, {
    method: 'POST',
    body,
    headers: { origin: env.APP_URL, 'content-type': 'multipart/form-data; boundary=x', 'content-length': '200000', ...headers },
    duplex: 'half',
  } as RequestInit);
}

async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of storage.list('files/')) keys.push(object.key);
  return keys;
}

async function expectNothingKept() {
  expect(await storedKeys()).toEqual([]);
  expect(await readdir(tmpDir()).catch(() => [])).toEqual([]);
  expect(await db.storedFile.count({ where: { ownerId: viewer.id } })).toBe(0);
}

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'guichet-upload-'));
  storage = createFsDriver(path.join(dir, 'files'));
  viewer = await createConfirmedUser();
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('handleUpload', () => {
  it('stores a good PDF, records it unattached for its owner, and answers 201 with its id', async () => {
    const response = await upload(fixtureUpload('attestation.pdf', 'Attestation employeur.pdf'));
    expect(response.status).toBe(201);
    const body = await response.json();
    const bytes = readFileSync(fixturePath('attestation.pdf'));
    expect(body).toEqual({ id: expect.any(String), name: 'Attestation employeur.pdf', size: bytes.length, mime: 'application/pdf' });

    const row = await db.storedFile.findUniqueOrThrow({ where: { id: body.id } });
    expect(row).toMatchObject({
      ownerId: viewer.id,
      attachedAt: null,
      mime: 'application/pdf',
      size: bytes.length,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
    expect(row.key).toMatch(/^files\/\d{4}\/\d{2}\/[0-9a-f-]{36}$/);
    expect(await sha256Of(await storage.get(row.key))).toEqual({ sha256: row.sha256, size: row.size });
    expect(await readdir(tmpDir())).toEqual([]);
    expect(await db.auditLog.count({ where: { actorId: viewer.id, action: 'file.uploaded', targetId: body.id } })).toBe(1);
  });

  it('keeps the accented name the browser sent in UTF-8', async () => {
    const response = await upload(fixtureUpload('plan.png', 'Relevé d’identité bancaire.png'));
    expect(await response.json()).toMatchObject({ name: 'Relevé d’identité bancaire.png', mime: 'image/png' });
  });

  it('refuses a body announced too big before reading it, and one that turns out too big while streaming', async () => {
    const announced = new Request(UPLOAD_URL, {
      method: 'POST',
      headers: { origin: env.APP_URL, 'content-type': 'multipart/form-data; boundary=x', 'content-length': String(21 * 1024 * 1024 + 70_000) },
      body: 'x',
    });
    const early = await upload(announced);
    expect([early.status, (await early.json()).error]).toEqual([413, 'Le fichier dépasse la taille maximale de 20 Mo.']);

    const streamed = await upload(uploadRequest({ bytes: Buffer.alloc(1024 * 1024 + 1, 0x25), name: 'gros.pdf' }), { maxMb: 1 });
    expect([streamed.status, (await streamed.json()).error]).toEqual([413, 'Le fichier dépasse la taille maximale de 1 Mo.']);
    await expectNothingKept();
  });

  it('refuses another site’s origin, or none, with 403 (route handlers have no CSRF protection of their own)', async () => {
    for (const headers of [{ origin: 'https://evil.example' }, {}, { origin: 'null' }] as Record<string, string>[]) {
      const response = await upload(fixtureUpload('attestation.pdf', 'a.pdf', headers));
      expect(response.status).toBe(403);
    }
    await expectNothingKept();
  });

  it('accepts the origin of the host the request reached (behind another name than APP_URL)', async () => {
    const response = await upload(fixtureUpload('attestation.pdf', 'a.pdf', { origin: 'https://guichet.interne.test', host: 'guichet.interne.test' }));
    expect(response.status).toBe(201);
  });

  it('answers 415 to a body that is not multipart and 400 when the form has no file', async () => {
    const text = await upload(new Request(UPLOAD_URL, { method: 'POST', headers: { origin: env.APP_URL, 'content-type': 'text/plain' }, body: 'bonjour' }));
    expect(text.status).toBe(415);
    const noFile = await upload(uploadRequest(null));
    expect([noFile.status, (await noFile.json()).error]).toEqual([400, 'Aucun fichier reçu : choisissez un fichier.']);
    const otherField = await upload(uploadRequest({ bytes: readFileSync(fixturePath('attestation.pdf')), name: 'a.pdf' }, { origin: env.APP_URL }, 'autre'));
    expect(otherField.status).toBe(400);
    await expectNothingKept();
  });

  it('survives an upload that breaks off or is cut short, leaving no temporary file', async () => {
    for (const end of ['error', 'close'] as const) {
      const response = await upload(brokenUploadRequest(end));
      expect([response.status, (await response.json()).error], end).toEqual([400, 'L’envoi du fichier a été interrompu. Réessayez.']);
    }
    await expectNothingKept();
  });

  it('says the name is at fault, not the network, when it holds raw control characters (retrying cannot help)', async () => {
    // Chrome sends these as they are; busboy refuses the part header.
    for (const name of ['attes\u0001tation.pdf', 'scan\u001b[31m.pdf', 'a\u007fb.pdf']) {
      const response = await upload(rawNameUploadRequest(name, readFileSync(fixturePath('attestation.pdf'))));
      expect([response.status, (await response.json()).error], JSON.stringify(name)).toEqual([
        400,
        'Le nom du fichier contient des caractères de contrôle (invisibles) : renommez le fichier, puis déposez-le de nouveau.',
      ]);
    }
    await expectNothingKept();
    const tab = await upload(rawNameUploadRequest('attes\ttation.pdf', readFileSync(fixturePath('attestation.pdf'))));
    expect([tab.status, (await tab.json()).name]).toEqual([201, 'attestation.pdf']);
  });

  it('refuses more unattached files than the quota per account with 429, before reading the body; attaching one frees a place', async () => {
    const quota: UploadQuota = { files: 2, bytes: 100 * 1024 * 1024, addressFiles: 100, addressBytes: 1024 * 1024 * 1024 };
    const ids: string[] = [];
    for (let index = 0; index < 2; index += 1) {
      const response = await upload(fixtureUpload('attestation.pdf'), { quota });
      expect(response.status).toBe(201);
      ids.push((await response.json()).id);
    }
    const refused = await upload(unreadableUpload(), { quota });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(23 * 3600);
    expect((await refused.json()).error).toBe(
      'Vous avez déjà envoyé 2 fichiers qui ne sont joints à aucun dossier ni message (2 au plus). Joignez-les à votre demande, ou attendez leur effacement, 24 heures après leur envoi.',
    );
    // Sent together, past the check before streaming: the check made while recording stops the extra ones.
    await db.storedFile.update({ where: { id: ids[0] }, data: { attachedAt: new Date() } });
    const together = await Promise.all([1, 2, 3].map(() => upload(fixtureUpload('attestation.pdf'), { quota })));
    expect(together.map((response) => response.status).sort()).toEqual([201, 429, 429]);
    expect(await db.storedFile.count({ where: { ownerId: viewer.id, attachedAt: null } })).toBe(2);
    expect(await storedKeys()).toHaveLength(3);
  });

  it('refuses a file that would take the unattached bytes of an account beyond the quota with 413, before reading the body', async () => {
    const quota: UploadQuota = { files: 100, bytes: 100_000, addressFiles: 100, addressBytes: 1024 * 1024 * 1024 };
    const refused = await upload(unreadableUpload(), { quota });
    expect([refused.status, (await refused.json()).error]).toEqual([
      413,
      'Ce fichier porterait au-delà de 0,1 Mo le total de vos fichiers joints à aucun dossier ni message. Joignez à votre demande ceux que vous avez déjà envoyés, ou attendez leur effacement, 24 heures après leur envoi.',
    ]);
    await expectNothingKept();
  });

  it('counts the unattached files sent from one address, whatever the account', async () => {
    const quota: UploadQuota = { files: 100, bytes: 100 * 1024 * 1024, addressFiles: 2, addressBytes: 1024 * 1024 * 1024 };
    const from = (address: string) => ({ origin: env.APP_URL, 'x-forwarded-for': address });
    for (let index = 0; index < 2; index += 1) {
      const other = await createConfirmedUser();
      expect((await upload(fixtureUpload('attestation.pdf', 'a.pdf', from('203.0.113.7')), { quota, as: other })).status).toBe(201);
    }
    const refused = await upload(unreadableUpload({ 'x-forwarded-for': '203.0.113.7' }), { quota });
    expect([refused.status, (await refused.json()).error]).toEqual([
      429,
      'Trop de fichiers ont été envoyés depuis votre connexion sans être joints à un dossier. Réessayez plus tard.',
    ]);
    expect((await upload(fixtureUpload('attestation.pdf', 'a.pdf', from('203.0.113.8')), { quota })).status).toBe(201);
  });

  it('answers 503 and keeps nothing when storage is down', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const down: StorageDriver = {
      ...storage,
      put: async (_key, body: Readable) => {
        body.destroy();
        throw new Error('ECONNREFUSED');
      },
    };
    const response = await upload(fixtureUpload('attestation.pdf'), { storage: down });
    expect([response.status, (await response.json()).error]).toEqual([503, 'Le fichier n’a pas pu être enregistré. Réessayez dans quelques instants.']);
    await expectNothingKept();
  });
});

// docs/security.md §3, file by file: each bad upload is refused with its French message and
// leaves nothing behind, or is kept only once sanitized. A 1 MB limit keeps the size cases small.
const CORPUS_MAX_MB = 1;
const corpus = await buildBadFileCorpus({ maxMb: CORPUS_MAX_MB });

describe('handleUpload: the bad-file corpus (security-checks §3)', () => {
  it('has at least 30 bad files, each with its own id', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(30);
    expect(new Set(corpus.map((file) => file.id)).size).toBe(corpus.length);
  });

  const refused = corpus.flatMap((file) => ('refused' in file.expected ? [{ ...file, code: file.expected.refused }] : []));
  it.each(refused)('refuses $id ($about) with « $code », keeping nothing', async ({ bytes, name, clientMime, code }) => {
    const response = await upload(uploadRequest({ bytes, name, type: clientMime }), { maxMb: CORPUS_MAX_MB });
    const status = code === 'too-large' ? 413 : code === 'type-refused' || code === 'extension-mismatch' ? 415 : 400;
    expect([response.status, (await response.json()).error]).toEqual([status, refusalMessage(code, CORPUS_MAX_MB)]);
    await expectNothingKept();
    expect(await db.auditLog.findMany({ where: { actorId: viewer.id }, select: { action: true, details: true } })).toEqual([
      { action: 'file.refused', details: { code } },
    ]);
  });

  const sanitized = corpus.flatMap(({ expected, ...file }) =>
    'sanitized' in expected ? [{ ...file, ...expected.sanitized, expectedName: expected.sanitized.name ?? file.name }] : [],
  );
  it.each(sanitized)('keeps $id ($about) only sanitized', async ({ bytes, name, clientMime, mime, expectedName, absent }) => {
    const response = await upload(uploadRequest({ bytes, name, type: clientMime }), { maxMb: CORPUS_MAX_MB });
    expect(response.status).toBe(201);
    const body = await response.json();
    expect(body).toMatchObject({ name: expectedName, mime });

    const row = await db.storedFile.findUniqueOrThrow({
      where: { id: body.id },
      select: { key: true, originalName: true, mime: true, size: true, sha256: true },
    });
    expect(row).toMatchObject({ originalName: expectedName, mime });
    const chunks: Buffer[] = [];
    for await (const chunk of await storage.get(row.key)) chunks.push(chunk as Buffer);
    const stored = Buffer.concat(chunks);
    expect({ size: stored.length, sha256: createHash('sha256').update(stored).digest('hex') }).toEqual({ size: row.size, sha256: row.sha256 });
    for (const text of absent ?? []) expect(stored.includes(text), `« ${text} » encore présent`).toBe(false);
    if (mime.startsWith('image/')) {
      const metadata = await sharp(stored).metadata();
      expect(`image/${metadata.format}`).toBe(mime);
      expect([metadata.exif, metadata.xmp, metadata.comments]).toEqual([undefined, undefined, undefined]);
    } else {
      expect(stored.equals(bytes), 'un PDF accepté est gardé tel quel').toBe(true);
    }
    expect(await readdir(tmpDir())).toEqual([]);
  });
});
