import 'server-only';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { getStorage } from '@/lib/storage';
import { newFileKey } from '@/lib/storage/keys';
import type { StoredFileData } from '@/lib/files/store-upload';

/**
 * Stores a file the server made (the receipt) under a new key; the caller records and attaches its
 * row in its transaction. If that transaction fails, the object has no row: the orphan purge's
 * sweep of objects without a row removes it.
 */
export async function storeGeneratedFile(bytes: Uint8Array, meta: { name: string; mime: string }, now = new Date()): Promise<StoredFileData> {
  const key = newFileKey(now);
  await getStorage().put(key, Readable.from([Buffer.from(bytes)]), { contentType: meta.mime, size: bytes.byteLength });
  return { key, originalName: meta.name, mime: meta.mime, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
