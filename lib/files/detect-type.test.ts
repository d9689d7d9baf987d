import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBadFileCorpus, pickBadFile } from '@/e2e/fixtures/files/bad-file-corpus';
import { fixturePath } from '@/e2e/fixtures/files/corpus';
import { detectAcceptedType, extensionMatches } from './detect-type';

const head = (file: string) => readFileSync(fixturePath(file)).subarray(0, 4100);
const corpus = await buildBadFileCorpus({ maxMb: 1 });
const badHead = (id: string) => pickBadFile(corpus, id).bytes.subarray(0, 4100);

describe('detectAcceptedType', () => {
  it('reads PDF, PNG, JPEG and WebP from their bytes', async () => {
    expect(await detectAcceptedType(head('attestation.pdf'))).toEqual({ mime: 'application/pdf', ext: 'pdf' });
    expect(await detectAcceptedType(head('plan.png'))).toEqual({ mime: 'image/png', ext: 'png' });
    expect(await detectAcceptedType(head('photo-gps.jpg'))).toEqual({ mime: 'image/jpeg', ext: 'jpg' });
    expect(await detectAcceptedType(head('scan.webp'))).toEqual({ mime: 'image/webp', ext: 'webp' });
  });

  it('ignores the name: a PNG called .pdf is a PNG; HTML, SVG, ZIP and GIF are refused', async () => {
    expect(await detectAcceptedType(badHead('png-as-pdf'))).toEqual({ mime: 'image/png', ext: 'png' });
    for (const id of ['html-as-pdf', 'svg-script-as-png', 'zip-as-pdf', 'docx-as-pdf', 'zero-bytes']) {
      expect(await detectAcceptedType(badHead(id)), id).toBeNull();
    }
    expect(await detectAcceptedType(Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1'))).toBeNull();
  });
});

describe('extensionMatches', () => {
  it('compares the last extension, case-insensitively, with the aliases of the type', () => {
    expect(extensionMatches('Facture.PDF', 'application/pdf')).toBe(true);
    expect(extensionMatches('photo.jpeg', 'image/jpeg')).toBe(true);
    expect(extensionMatches('photo.JPG', 'image/jpeg')).toBe(true);
    expect(extensionMatches('photo.jpg', 'image/png')).toBe(false);
    expect(extensionMatches('scan.pdf.png', 'application/pdf')).toBe(false);
    expect(extensionMatches('pdf', 'application/pdf')).toBe(false);
    expect(extensionMatches('scan.', 'application/pdf')).toBe(false);
  });
});
