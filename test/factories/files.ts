import { randomUUID } from 'node:crypto';
import type { FileScanStatus } from '../../lib/generated/prisma/client';
import type { FactoryDb } from './database';

// StoredFile rows without an object behind them, for functions that never read storage. A file
// that must be downloaded is uploaded for real (e2e/support/dossiers.ts: uploadFixture).

export type StoredFileOptions = {
  ownerId: string;
  name?: string;
  size?: number;
  attached?: boolean;
  scanStatus?: FileScanStatus;
};

export async function createStoredFile(db: FactoryDb, options: StoredFileOptions) {
  return db.storedFile.create({
    data: {
      key: `files/2026/11/${randomUUID()}`,
      originalName: options.name ?? 'piece.pdf',
      mime: 'application/pdf',
      size: options.size ?? 1234,
      sha256: 'a'.repeat(64),
      ownerId: options.ownerId,
      attachedAt: options.attached ? new Date() : null,
      scanStatus: options.scanStatus ?? 'CLEAN',
    },
    select: { id: true },
  });
}

/** What the dossier, message or document that uses an uploaded file does to it. */
export async function markFileAttached(db: FactoryDb, fileId: string): Promise<void> {
  await db.storedFile.update({ where: { id: fileId }, data: { attachedAt: new Date() } });
}
