import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createConfirmedUser } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { attachStoredFiles } from './attach-stored-files';
import { recordStoredFile } from './record-stored-file';

function recordFile(ownerId: string) {
  return db.$transaction((tx) =>
    recordStoredFile(tx, {
      key: `files/2026/11/${randomUUID()}`,
      originalName: 'a.pdf',
      mime: 'application/pdf',
      size: 10,
      sha256: 'a'.repeat(64),
      scanStatus: 'CLEAN',
      ownerId,
    }),
  );
}

const attachedAt = async (id: string) => (await db.storedFile.findUniqueOrThrow({ where: { id }, select: { attachedAt: true } })).attachedAt;

describe('recordStoredFile and attachStoredFiles', () => {
  it('records a file unattached, then attaches it for its owner', async () => {
    const owner = await createConfirmedUser();
    const file = await recordFile(owner.id);
    expect(await attachedAt(file.id)).toBeNull();

    expect(await db.$transaction((tx) => attachStoredFiles(tx, owner.id, [file.id, file.id]))).toBe(true);
    expect(await attachedAt(file.id)).toBeInstanceOf(Date);
  });

  it('refuses another person’s file, a missing one, or one already attached, and attaches none of the batch', async () => {
    const owner = await createConfirmedUser();
    const other = await createConfirmedUser();
    const mine = await recordFile(owner.id);
    const theirs = await recordFile(other.id);
    const used = await recordFile(owner.id);
    await db.$transaction((tx) => attachStoredFiles(tx, owner.id, [used.id]));

    for (const intruder of [theirs.id, randomUUID(), used.id, 'pas-un-id']) {
      expect(await db.$transaction((tx) => attachStoredFiles(tx, owner.id, [mine.id, intruder]))).toBe(false);
      expect(await attachedAt(mine.id)).toBeNull();
    }
    expect(await attachedAt(theirs.id)).toBeNull();
  });
});
