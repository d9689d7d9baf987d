import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidStorageKeyError, StorageNotFoundError, StorageSizeMismatchError } from './errors';
import type { StorageDriver } from './types';

// The behaviour every driver must have, run against each one by its *.integration.test.ts.

export type DriverUnderTest = { driver: StorageDriver; stop?: () => Promise<void> };

const MiB = 1024 * 1024;
// Over S3's 5 MiB part size: the s3 driver goes through a real multipart upload.
const LARGE = 5.5 * MiB;

/** `size` random bytes streamed in 64 KiB chunks, and their SHA-256. */
export function randomBody(size: number): { stream: Readable; sha256: string } {
  const chunks: Buffer[] = [];
  for (let done = 0; done < size; done += 64 * 1024) chunks.push(randomBytes(Math.min(64 * 1024, size - done)));
  const sha256 = createHash('sha256').update(Buffer.concat(chunks)).digest('hex');
  return { stream: Readable.from(chunks), sha256 };
}

/** A stream that sends `before` bytes, then fails as a client that goes away would. */
export function failingBody(before: number): Readable {
  return Readable.from(
    (async function* () {
      for (let done = 0; done < before; done += 64 * 1024) yield randomBytes(Math.min(64 * 1024, before - done));
      throw new Error('connexion interrompue');
    })(),
  );
}

export async function sha256Of(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}

async function keysUnder(driver: StorageDriver, prefix: string, olderThan?: Date): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of driver.list(prefix, olderThan)) keys.push(object.key);
  return keys.sort();
}

export function describeStorageContract(name: string, makeDriver: () => Promise<DriverUnderTest>) {
  describe(`storage contract: ${name}`, () => {
    let underTest: DriverUnderTest;
    let driver: StorageDriver;
    // Each test writes under its own prefix, so tests never see each other's objects.
    const scope = () => `contract/${randomUUID()}`;

    beforeAll(async () => {
      underTest = await makeDriver();
      driver = underTest.driver;
    });
    afterAll(async () => {
      await underTest?.stop?.();
    });

    it('streams a 5.5 MiB body in and out unchanged, and heads its size', async () => {
      const key = `${scope()}/large`;
      const body = randomBody(LARGE);
      await driver.put(key, body.stream, { contentType: 'application/octet-stream', size: LARGE });

      expect(await driver.head(key)).toEqual({ size: LARGE });
      expect(await sha256Of(await driver.get(key))).toEqual({ sha256: body.sha256, size: LARGE });
    });

    it('accepts a put without a declared size', async () => {
      const key = `${scope()}/small`;
      await driver.put(key, Readable.from([Buffer.from('bonjour')]), { contentType: 'text/plain' });
      expect(await driver.head(key)).toEqual({ size: 7 });
    });

    it('heads a missing key as null and gets it as a typed NotFound error', async () => {
      const key = `${scope()}/missing`;
      expect(await driver.head(key)).toBeNull();
      await expect(driver.get(key)).rejects.toBeInstanceOf(StorageNotFoundError);
    });

    it('deletes, idempotently', async () => {
      const key = `${scope()}/to-delete`;
      await driver.put(key, Readable.from([Buffer.from('x')]), { contentType: 'text/plain', size: 1 });
      await driver.delete(key);
      expect(await driver.head(key)).toBeNull();
      await expect(driver.get(key)).rejects.toBeInstanceOf(StorageNotFoundError);
      await expect(driver.delete(key)).resolves.toBeUndefined();
    });

    it('lists by prefix, and by age', async () => {
      const root = scope();
      for (const key of [`${root}/a/1`, `${root}/a/2`, `${root}/a/deep/3`, `${root}/ab/1`, `${root}/b/1`]) {
        await driver.put(key, Readable.from([Buffer.from(key)]), { contentType: 'text/plain' });
      }
      expect(await keysUnder(driver, `${root}/a/`)).toEqual([`${root}/a/1`, `${root}/a/2`, `${root}/a/deep/3`]);
      expect(await keysUnder(driver, `${root}/a`)).toEqual([`${root}/a/1`, `${root}/a/2`, `${root}/a/deep/3`, `${root}/ab/1`]);
      expect(await keysUnder(driver, `${root}/none/`)).toEqual([]);

      const listed = [];
      for await (const object of driver.list(`${root}/b/`)) listed.push(object);
      expect(listed).toEqual([{ key: `${root}/b/1`, lastModified: expect.any(Date) }]);
      expect(Math.abs(listed[0].lastModified.getTime() - Date.now())).toBeLessThan(60_000);

      expect(await keysUnder(driver, `${root}/`, new Date(Date.now() - 3_600_000))).toEqual([]);
      expect(await keysUnder(driver, `${root}/b/`, new Date(Date.now() + 3_600_000))).toEqual([`${root}/b/1`]);
    });

    it('keeps nothing under the key when the source fails midway', async () => {
      const root = scope();
      const key = `${root}/interrupted`;
      await expect(driver.put(key, failingBody(6 * 1024 * 1024), { contentType: 'application/pdf' })).rejects.toThrow('connexion interrompue');

      expect(await driver.head(key)).toBeNull();
      expect(await keysUnder(driver, `${root}/`)).toEqual([]);
    });

    it('keeps nothing when the body is shorter or longer than the declared size', async () => {
      const root = scope();
      await expect(driver.put(`${root}/short`, randomBody(1000).stream, { contentType: 'image/png', size: 1001 })).rejects.toBeInstanceOf(
        StorageSizeMismatchError,
      );
      await expect(driver.put(`${root}/long`, randomBody(1000).stream, { contentType: 'image/png', size: 999 })).rejects.toBeInstanceOf(
        StorageSizeMismatchError,
      );
      expect(await keysUnder(driver, `${root}/`)).toEqual([]);
    });

    it('refuses keys that could leave their place: .., absolute, empty segments, upper case', async () => {
      const bad = ['files/../secret', '../secret', '/etc/passwd', 'files//x', 'files/x/', '', 'Files/x', 'files/x.pdf', 'files\\x'];
      for (const key of bad) {
        await expect(driver.put(key, Readable.from([Buffer.from('x')]), { contentType: 'text/plain' }), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(driver.get(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(driver.head(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
        await expect(driver.delete(key), key).rejects.toBeInstanceOf(InvalidStorageKeyError);
      }
      await expect(keysUnder(driver, '../')).rejects.toBeInstanceOf(InvalidStorageKeyError);
    });
  });
}
