import { Transform, type TransformCallback } from 'node:stream';
import { StorageSizeMismatchError } from './errors';

/**
 * Passes bytes through and fails before the end of the stream when there are more or fewer than
 * `expected`: the driver then abandons the write, so a short or long body is never committed.
 */
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
