import 'server-only';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { getStorage, type StorageDriver } from '@/lib/storage';
import { newFileKey } from '@/lib/storage/keys';
import type { InspectedUpload } from './inspect-upload';

// Either the object is complete and verified, or nothing is kept: the caller records a StoredFile
// row only after this returned, so no row ever points at a missing or partial object.

export type StoredFileData = { key: string; originalName: string; mime: string; size: number; sha256: string };

export class StoredSizeMismatchError extends Error {
  constructor(key: string, expected: number, actual: number | undefined) {
    super(`Objet ${key} : ${actual ?? 'absent'} octets stockés, ${expected} attendus`);
    this.name = 'StoredSizeMismatchError';
  }
}

export async function storeUpload(upload: InspectedUpload, options: { storage?: StorageDriver; now?: Date } = {}): Promise<StoredFileData> {
  const storage = options.storage ?? getStorage();
  const key = newFileKey(options.now);
  try {
    await storage.put(key, createReadStream(upload.tempPath), { contentType: upload.mime, size: upload.size });
    const stored = await storage.head(key);
    if (stored?.size !== upload.size) throw new StoredSizeMismatchError(key, upload.size, stored?.size);
  } catch (error) {
    await storage.delete(key).catch(() => undefined);
    throw error;
  } finally {
    await rm(upload.tempPath, { force: true });
  }
  return { key, originalName: upload.originalName, mime: upload.mime, size: upload.size, sha256: upload.sha256 };
}
