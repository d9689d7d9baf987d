import { createHash } from 'node:crypto';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { describe, expect, it } from 'vitest';
import { FileIntegrityError, FileTooLargeError, HashingStream } from './hashing-stream';

const sink = () => new Writable({ write: (_chunk, _encoding, callback) => callback() });
const chunks = (count: number, size = 1000) => Array.from({ length: count }, (_, index) => Buffer.alloc(size, index));
const sha256 = (buffers: Buffer[]) => createHash('sha256').update(Buffer.concat(buffers)).digest('hex');

describe('HashingStream', () => {
  it('counts and hashes what streams through', async () => {
    const data = chunks(5);
    const hashing = new HashingStream({ maxBytes: 5000 });
    await pipeline(Readable.from(data), hashing, sink());
    expect({ size: hashing.size, sha256: hashing.sha256 }).toEqual({ size: 5000, sha256: sha256(data) });
  });

  it('fails as soon as one byte over the limit arrives, without reading the rest', async () => {
    let read = 0;
    const source = Readable.from(
      (function* () {
        for (const chunk of chunks(100)) {
          read += 1;
          yield chunk;
        }
      })(),
    );
    const hashing = new HashingStream({ maxBytes: 4999 });
    await expect(pipeline(source, hashing, sink())).rejects.toBeInstanceOf(FileTooLargeError);
    expect(read).toBeLessThan(20);
  });

  it('checks a read-back against the recorded size and SHA-256', async () => {
    const data = chunks(3);
    await expect(pipeline(Readable.from(data), new HashingStream({ expected: { size: 3000, sha256: sha256(data) } }), sink())).resolves.toBeUndefined();
    await expect(pipeline(Readable.from(data), new HashingStream({ expected: { size: 3000, sha256: sha256(chunks(2)) } }), sink())).rejects.toBeInstanceOf(
      FileIntegrityError,
    );
    await expect(pipeline(Readable.from(data), new HashingStream({ expected: { size: 2000, sha256: sha256(data) } }), sink())).rejects.toBeInstanceOf(
      FileIntegrityError,
    );
  });
});
