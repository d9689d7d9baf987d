import type { AuditEntry } from '../../lib/audit/record-audit';
import type { FactoryDb } from './database';

// Rows of the journal (AuditLog) as lib/audit/record-audit.ts writes them: the seed's (so that
// « Journal » shows who made the demo démarches) and those of the journal's own tests.

export type AuditEntrySeed = AuditEntry & { createdAt?: Date };

export async function createAuditEntries(db: FactoryDb, entries: AuditEntrySeed[]): Promise<void> {
  await db.auditLog.createMany({ data: entries.map((entry) => ({ ...entry, actorId: entry.actorId ?? null })) });
}
