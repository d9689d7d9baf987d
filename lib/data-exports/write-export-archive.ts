import 'server-only';
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { HashingStream } from '@/lib/files/hashing-stream';
import type { StorageDriver } from '@/lib/storage';
import type { ExportContent } from './collect-export-data';

// The archive is a stream from the first byte to the storage (docs/decisions/028): yazl writes
// each entry as it comes, each stored file is opened only when its turn comes (addReadStreamLazy)
// and checked against its recorded SHA-256 on the way, and the storage driver writes all of it
// or nothing. Only donnees.json is held in memory.

export const DATA_FILE_NAME = 'donnees.json';

export type WrittenArchive = { size: number; sha256: string };

export async function writeExportArchive(storage: StorageDriver, key: string, content: ExportContent, now: Date): Promise<WrittenArchive> {
  const zip = new ZipFile();
  const output = new HashingStream();
  zip.outputStream.pipe(output);
  // yazl reports a failed entry (a missing object, a changed file) on the ZipFile itself.
  zip.on('error', (error: Error) => output.destroy(error));
  const stored = storage.put(key, output, { contentType: 'application/zip' });

  zip.addBuffer(Buffer.from(`${JSON.stringify(content.data, null, 2)}\n`, 'utf8'), DATA_FILE_NAME, { mtime: now });
  for (const file of content.files) {
    // PDF and images are compressed already: stored as they are, byte for byte.
    zip.addReadStreamLazy(file.path, { mtime: now, compress: false, size: file.size }, (callback) => {
      storage.get(file.key).then(
        (body: Readable) => {
          const checked = new HashingStream({ expected: { sha256: file.sha256, size: file.size } });
          body.on('error', (error) => checked.destroy(error));
          // yazl does not listen to the entry's stream errors: an unlistened one would end the process.
          checked.on('error', (error) => zip.emit('error', error));
          callback(null, body.pipe(checked));
        },
        (error: Error) => callback(error, undefined as unknown as NodeJS.ReadableStream),
      );
    });
  }
  zip.end();
  await stored;
  return { size: output.size, sha256: output.sha256 };
}
