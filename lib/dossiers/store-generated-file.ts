import 'server-only';
import { createHash } from 'node:crypto';
import { Readable } from 'node:stream';
import { getStorage } from '@/lib/storage';
import { newFileKey } from '@/lib/storage/keys';
import type { StoredFileData } from '@/lib/files/store-upload';

/** The caller records its row in its transaction; if that fails, the orphan purge's sweep of rowless objects removes it. */
export async function storeGeneratedFile(bytes: Uint8Array, meta: { name: string; mime: string }, now = new Date()): Promise<StoredFileData> {
  const key = newFileKey(now);
  await getStorage().put(key, Readable.from([Buffer.from(bytes)]), { contentType: meta.mime, size: bytes.byteLength });
  return { key, originalName: meta.name, mime: meta.mime, size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}
