import 'server-only';
import { Readable } from 'node:stream';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { getStorage, type StorageDriver } from '@/lib/storage';
import { HashingStream } from './hashing-stream';

// The caller decides who may see the file. Checked against the recorded SHA-256 on the way: a
// stored file that changed fails the download instead of being delivered.

export type ServableFile = { key: string; originalName: string; mime: string; size: number; sha256: string };

// RFC 5987 attr-char: encodeURIComponent leaves ' ( ) * ! which must be escaped here too.
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(/['()*!]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** `attachment; filename="ascii fallback"; filename*=UTF-8''…` for any name, without header injection. */
export function contentDisposition(fileName: string, disposition: 'attachment' | 'inline' = 'attachment'): string {
  const fallback = fileName
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\%]/g, '_');
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(fileName)}`;
}

/** Throws StorageNotFoundError when the object is missing (the caller answers 404 or 500). */
export async function fileResponse(
  file: ServableFile,
  storage: StorageDriver = getStorage(),
  options: { inline?: boolean; headers?: Record<string, string> } = {},
): Promise<Response> {
  const checked = new HashingStream({ expected: { sha256: file.sha256, size: file.size } });
  const source = await storage.get(file.key);
  source.on('error', (error) => checked.destroy(error));
  checked.on('error', (error) => {
    source.destroy();
    console.error(`Téléchargement de ${file.key} interrompu : ${error.message}`);
  });
  const body = Readable.toWeb(source.pipe(checked)) as WebReadableStream<Uint8Array>;
  return new Response(body as unknown as ReadableStream<Uint8Array>, {
    status: 200,
    headers: {
      'Content-Type': file.mime,
      'Content-Length': String(file.size),
      'Content-Disposition': contentDisposition(file.originalName, options.inline ? 'inline' : 'attachment'),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      ...options.headers,
    },
  });
}
