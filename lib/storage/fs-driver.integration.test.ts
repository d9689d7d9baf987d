import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createFsDriver } from './fs-driver';
import { describeStorageContract, failingBody, randomBody } from './storage-contract';

describeStorageContract('fs', async () => {
  const root = await mkdtemp(path.join(tmpdir(), 'guichet-fs-storage-'));
  return { driver: createFsDriver(root), stop: () => rm(root, { recursive: true, force: true }) };
});

describe('fs driver', () => {
  it('leaves no partial file on disk after a failed put, and stores under the key path', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'guichet-fs-storage-'));
    try {
      const driver = createFsDriver(root);
      await expect(driver.put('files/2026/11/failed', failingBody(200_000), { contentType: 'application/pdf' })).rejects.toThrow();
      await driver.put('files/2026/11/kept', randomBody(10).stream, { contentType: 'application/pdf', size: 10 });

      expect(await readdir(path.join(root, 'files', '2026', '11'))).toEqual(['kept']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
