import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';

// Counts and hashes bytes as they stream through, and stops the stream as soon as it carries
// more than allowed — the upload is never buffered to find out it was too big.

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`Le fichier dépasse ${maxBytes} octets`);
    this.name = 'FileTooLargeError';
  }
}

export class FileIntegrityError extends Error {
  constructor(readonly expected: { sha256: string; size: number }) {
    super('Le contenu lu ne correspond pas à l’empreinte enregistrée');
    this.name = 'FileIntegrityError';
  }
}

export type HashingStreamOptions = {
  /** More bytes than this fail the stream with FileTooLargeError. */
  maxBytes?: number;
  /** When reading back a stored file: a different size or SHA-256 fails the stream's end with FileIntegrityError. */
  expected?: { sha256: string; size: number };
};

export class HashingStream extends Transform {
  size = 0;
  private readonly hash = createHash('sha256');
  private digest: string | undefined;

  constructor(private readonly options: HashingStreamOptions = {}) {
    super();
  }

  /** The hex SHA-256 of every byte that went through; available once the stream has ended. */
  get sha256(): string {
    if (this.digest === undefined) throw new Error('HashingStream : empreinte demandée avant la fin du flux');
    return this.digest;
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    this.size += chunk.length;
    const { maxBytes, expected } = this.options;
    if (maxBytes !== undefined && this.size > maxBytes) {
      callback(new FileTooLargeError(maxBytes));
      return;
    }
    if (expected && this.size > expected.size) {
      callback(new FileIntegrityError(expected));
      return;
    }
    this.hash.update(chunk);
    callback(null, chunk);
  }

  override _flush(callback: TransformCallback): void {
    this.digest = this.hash.digest('hex');
    const { expected } = this.options;
    if (expected && (expected.size !== this.size || expected.sha256 !== this.digest)) {
      callback(new FileIntegrityError(expected));
      return;
    }
    callback();
  }
}
