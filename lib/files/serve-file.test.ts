import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFsDriver } from '@/lib/storage/fs-driver';
import type { StorageDriver } from '@/lib/storage/types';
import { contentDisposition, fileResponse } from './serve-file';

vi.mock('@/lib/env', () => ({ env: {} }));

const bytes = Buffer.from('%PDF-1.7\ncontenu du justificatif\n');
const sha256 = (data: Buffer) => createHash('sha256').update(data).digest('hex');

let root: string;
let storage: StorageDriver;
beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'guichet-serve-'));
  storage = createFsDriver(root);
  await storage.put('files/2026/11/abc', Readable.from([bytes]), { contentType: 'application/pdf', size: bytes.length });
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const file = (overrides = {}) => ({
  key: 'files/2026/11/abc',
  originalName: 'Relevé d’identité "bancaire".pdf',
  mime: 'application/pdf',
  size: bytes.length,
  sha256: sha256(bytes),
  ...overrides,
});

describe('fileResponse', () => {
  it('streams the file as an attachment that browsers must not sniff or cache', async () => {
    const response = await fileResponse(file(), storage);

    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'application/pdf',
      'content-length': String(bytes.length),
      'content-disposition': `attachment; filename="Releve d_identite _bancaire_.pdf"; filename*=UTF-8''Relev%C3%A9%20d%E2%80%99identit%C3%A9%20%22bancaire%22.pdf`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    });
    expect(Buffer.from(await response.arrayBuffer())).toEqual(bytes);
  });

  it('fails the download when the stored bytes no longer match the recorded SHA-256', async () => {
    const tampered = Buffer.from(bytes);
    tampered[12] ^= 1;
    await writeFile(path.join(root, 'files', '2026', '11', 'abc'), tampered);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);

    const response = await fileResponse(file(), storage);
    await expect(response.arrayBuffer()).rejects.toThrow();
  });

  it('throws the storage’s NotFound error for a missing object', async () => {
    await expect(fileResponse(file({ key: 'files/2026/11/missing' }), storage)).rejects.toThrow('Aucun objet');
  });
});

describe('contentDisposition', () => {
  it('cannot be used to inject headers or parameters', () => {
    const header = contentDisposition('a\r\nSet-Cookie: x=1; filename=evil.html');
    expect(header).not.toMatch(/[\r\n]/);
    expect(
      header.startsWith(
        'attachment; filename="a__Set-Cookie: x=1; filename=evil.html"; filename*=UTF-8\'\'a%0D%0ASet-Cookie%3A%20x%3D1%3B%20filename%3Devil.html',
      ),
    ).toBe(true);
  });

  it('escapes the characters RFC 5987 reserves', () => {
    expect(contentDisposition("l'été (1)*!.png")).toBe(`attachment; filename="l'ete (1)*!.png"; filename*=UTF-8''l%27%C3%A9t%C3%A9%20%281%29%2A%21.png`);
  });
});
