import 'server-only';
import busboy from 'busboy';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';

// Not `request.formData()`, which would buffer the whole body. The rest of the request is dropped
// once `handle` settles.

/** The request ended or broke before the file did (the person closed the page, the network dropped). */
export class UploadInterruptedError extends Error {
  constructor(cause: unknown) {
    super('Envoi interrompu', { cause });
    this.name = 'UploadInterruptedError';
  }
}

export class MalformedMultipartError extends Error {
  constructor(cause: unknown) {
    super('Corps multipart illisible', { cause });
    this.name = 'MalformedMultipartError';
  }
}

/**
 * busboy refuses a part header holding raw control characters, which Chrome sends as they are in a
 * file name (it escapes only CR, LF and `"`): retrying cannot help, the file must be renamed.
 */
export class MalformedPartHeaderError extends MalformedMultipartError {
  constructor(cause: unknown) {
    super(cause);
    this.name = 'MalformedPartHeaderError';
  }
}

const isMalformedPartHeader = (error: unknown) => error instanceof Error && error.message === 'Malformed part header';

export type MultipartFileResult<T> = { received: true; result: T } | { received: false };

export async function readMultipartFile<T>(
  request: Request,
  fieldName: string,
  maxBytes: number,
  handle: (file: Readable, fileName: string) => Promise<T>,
): Promise<MultipartFileResult<T>> {
  if (!request.body) return { received: false };
  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: { 'content-type': request.headers.get('content-type') ?? '' },
      // Browsers send the file name as raw UTF-8; busboy's default would read it as Latin-1.
      defParamCharset: 'utf8',
      // One byte over the limit still reaches `handle`, which refuses the file with its message.
      limits: { files: 1, fileSize: maxBytes + 1, fields: 20, fieldSize: 10_000, parts: 21, headerPairs: 20 },
    });
  } catch (error) {
    throw new MalformedMultipartError(error);
  }
  const source = Readable.fromWeb(request.body as NodeWebReadableStream<Uint8Array>);
  // Errors of the transport itself, as opposed to failures inside `handle` (disk, storage…).
  const transportErrors = new Set<unknown>();

  try {
    return await new Promise<MultipartFileResult<T>>((resolve, reject) => {
      let handling = false;
      const interrupted = (error: unknown) =>
        reject(
          error instanceof MalformedMultipartError
            ? error
            : isMalformedPartHeader(error)
              ? new MalformedPartHeaderError(error)
              : new UploadInterruptedError(error),
        );

      parser.on('file', (name, file, info) => {
        if (name !== fieldName || handling) {
          file.resume();
          return;
        }
        handling = true;
        file.once('error', (error) => transportErrors.add(error));
        handle(file, info.filename ?? '').then(
          (result) => resolve({ received: true, result }),
          (error: unknown) => (transportErrors.has(error) ? interrupted(error) : reject(error)),
        );
      });
      parser.on('close', () => {
        if (!handling) resolve({ received: false });
      });
      parser.on('error', (error) => {
        transportErrors.add(error);
        // With a file in progress, its stream fails too and `handle` reports it.
        if (!handling) interrupted(error);
      });
      source.on('error', (error) => {
        transportErrors.add(error);
        parser.destroy(error);
      });
      source.pipe(parser);
    });
  } finally {
    source.unpipe(parser);
    source.destroy();
    parser.destroy();
  }
}
