import 'server-only';
import type { Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';

// The security journal (ASVS 16.2/16.3): who did what, to what, from where. Written in the same
// transaction as the act it records. `details` must never hold a password, hash or token.

export type AuditEntry = {
  actorId?: string | null;
  /** `<domain>.<event>`, e.g. `login.failure`, `password.reset`. */
  action: string;
  targetType?: string;
  targetId?: string;
  ip?: string;
  details?: Prisma.InputJsonObject;
};

export async function recordAudit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.auditLog.create({
    data: {
      actorId: entry.actorId ?? null,
      action: entry.action,
      targetType: entry.targetType,
      targetId: entry.targetId,
      ip: entry.ip,
      details: entry.details,
    },
  });
}
