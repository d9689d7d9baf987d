import { Transform, type TransformCallback } from 'node:stream';
import { StorageSizeMismatchError } from './errors';

/** Fails before the end of the stream on more or fewer bytes than `expected`, so the driver never commits the write. */
export function createSizeGuard(expected: number | undefined): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      seen += chunk.length;
      if (expected !== undefined && seen > expected) callback(new StorageSizeMismatchError(expected, seen));
      else callback(null, chunk);
    },
    flush(callback: TransformCallback) {
      callback(expected !== undefined && seen !== expected ? new StorageSizeMismatchError(expected, seen) : null);
    },
  });
}
