import { createHash } from 'node:crypto';
import { access, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sha256Of } from '@/lib/storage/storage-contract';
import { createFsDriver } from '@/lib/storage/fs-driver';
import type { StorageDriver } from '@/lib/storage/types';
import type { InspectedUpload } from './inspect-upload';
import { storeUpload, StoredSizeMismatchError } from './store-upload';

vi.mock('@/lib/env', () => ({ env: {} }));

const content = Buffer.from('%PDF-1.7\nun justificatif\n');
let dir: string;
let storage: StorageDriver;
let upload: InspectedUpload;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'guichet-store-'));
  storage = createFsDriver(path.join(dir, 'storage'));
  const tempPath = path.join(dir, 'upload-1');
  await writeFile(tempPath, content);
  upload = {
    ok: true,
    tempPath,
    mime: 'application/pdf',
    ext: 'pdf',
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    originalName: 'a.pdf',
  };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const exists = (file: string) =>
  access(file).then(
    () => true,
    () => false,
  );

describe('storeUpload', () => {
  it('stores the file under a fresh server key, checks it, and removes the temporary file', async () => {
    const stored = await storeUpload(upload, { storage, now: new Date('2026-11-29T10:00:00Z') });

    expect(stored).toEqual({
      key: expect.stringMatching(/^files\/2026\/11\/[0-9a-f-]{36}$/),
      originalName: 'a.pdf',
      mime: 'application/pdf',
      size: content.length,
      sha256: upload.sha256,
    });
    expect(await sha256Of(await storage.get(stored.key))).toEqual({ sha256: upload.sha256, size: content.length });
    expect(await exists(upload.tempPath)).toBe(false);
    expect((await storeUpload({ ...upload, tempPath: await copyOfContent() }, { storage })).key).not.toBe(stored.key);
  });

  it('keeps nothing and throws when storage fails', async () => {
    const failing: StorageDriver = {
      ...storage,
      put: vi.fn().mockRejectedValue(new Error('stockage indisponible')),
      delete: vi.fn().mockResolvedValue(undefined),
    };
    await expect(storeUpload(upload, { storage: failing })).rejects.toThrow('stockage indisponible');
    expect(failing.delete).toHaveBeenCalledOnce();
    expect(await exists(upload.tempPath)).toBe(false);
  });

  it('deletes what was written when the stored size is not the checked size', async () => {
    const lying: StorageDriver = { ...storage, head: async () => ({ size: 1 }) };
    await expect(storeUpload(upload, { storage: lying })).rejects.toBeInstanceOf(StoredSizeMismatchError);
    expect(await readdir(path.join(dir, 'storage', 'files', ...monthPath()))).toEqual([]);
    expect(await exists(upload.tempPath)).toBe(false);
  });
});

function monthPath(): string[] {
  const now = new Date();
  return [String(now.getUTCFullYear()), String(now.getUTCMonth() + 1).padStart(2, '0')];
}

async function copyOfContent(): Promise<string> {
  const copy = path.join(dir, 'upload-2');
  await writeFile(copy, content);
  return copy;
}
