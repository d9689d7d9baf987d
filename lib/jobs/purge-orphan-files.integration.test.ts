import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConfirmedUser } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { createFsDriver } from '@/lib/storage/fs-driver';
import { newFileKey } from '@/lib/storage/keys';
import type { StorageDriver } from '@/lib/storage/types';
import { purgeOrphanFiles } from './purge-orphan-files';

const HOUR = 3_600_000;
let dir: string;
let storage: StorageDriver;
let ownerId: string;
const tmpDir = () => path.join(dir, 'tmp');
const purge = (options: { batchSize?: number; maxBatches?: number } = {}) => purgeOrphanFiles({ storage, tmpDir: tmpDir(), ...options });

/** An object (aged `ageHours` on disk) and, unless `row` is false, its row (created `ageHours` ago). */
async function storedFile(ageHours: number, { row = true, attached = false } = {}): Promise<string> {
  const key = newFileKey();
  await storage.put(key, Readable.from([Buffer.from(key)]), { contentType: 'application/pdf' });
  const then = new Date(Date.now() - ageHours * HOUR);
  await utimes(path.join(dir, 'files', ...key.split('/')), then, then);
  if (row) {
    await db.storedFile.create({
      data: {
        key,
        originalName: 'a.pdf',
        mime: 'application/pdf',
        size: key.length,
        sha256: 'a'.repeat(64),
        ownerId,
        createdAt: then,
        attachedAt: attached ? then : null,
        scanStatus: 'CLEAN',
      },
    });
  }
  return key;
}

const hasObject = async (key: string) => (await storage.head(key)) !== null;
const hasRow = async (key: string) => (await db.storedFile.count({ where: { key } })) === 1;

beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'guichet-purge-'));
  storage = createFsDriver(path.join(dir, 'files'));
  ownerId = (await createConfirmedUser()).id;
  // Rows left old and unattached by earlier tests of this run (the database is shared).
  await purge({ maxBatches: 1000 });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('purgeOrphanFiles', () => {
  it('removes unattached files older than a day and objects without a row; keeps the rest; is idempotent', async () => {
    const orphan = await storedFile(25);
    const fresh = await storedFile(23);
    const attached = await storedFile(24 * 40, { attached: true });
    const objectWithoutRow = await storedFile(25, { row: false });
    const objectBeingRecorded = await storedFile(0, { row: false });

    expect(await purge()).toEqual({ rows: 1, objectsWithoutRow: 1, tempFiles: 0 });

    expect([await hasRow(orphan), await hasObject(orphan)]).toEqual([false, false]);
    expect(await hasObject(objectWithoutRow)).toBe(false);
    for (const kept of [fresh, attached]) expect([await hasRow(kept), await hasObject(kept)]).toEqual([true, true]);
    expect(await hasObject(objectBeingRecorded)).toBe(true);

    expect(await purge()).toEqual({ rows: 0, objectsWithoutRow: 0, tempFiles: 0 });
  });

  it('works in bounded batches: a run stops after maxBatches, the next one continues', async () => {
    const orphans = [await storedFile(30), await storedFile(30), await storedFile(30)];
    expect((await purge({ batchSize: 1, maxBatches: 2 })).rows).toBe(2);
    expect((await purge({ batchSize: 1, maxBatches: 2 })).rows).toBe(1);
    for (const key of orphans) expect([await hasRow(key), await hasObject(key)]).toEqual([false, false]);
  });

  it('sweeps upload temporary files left by a crash, and only those', async () => {
    await mkdir(tmpDir(), { recursive: true });
    const old = new Date(Date.now() - 25 * HOUR);
    for (const name of ['upload-stale', 'autre-fileId']) {
      await writeFile(path.join(tmpDir(), name), 'x');
      await utimes(path.join(tmpDir(), name), old, old);
    }
    await writeFile(path.join(tmpDir(), `upload-${randomUUID()}`), 'en cours');

    expect((await purge()).tempFiles).toBe(1);
    expect((await readdir(tmpDir())).sort()).toEqual(expect.arrayContaining(['autre-fileId']));
    expect(await readdir(tmpDir())).toHaveLength(2);
  });
});
