import 'server-only';
import type { Tx } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Prisma } from '@/lib/generated/prisma/client';

// Never any answer or personal data: démarches hold none.

export type ProcedureAuditContext = { actorId: string; procedureId: string; ip?: string };

export async function recordProcedureAudit(tx: Tx, context: ProcedureAuditContext, event: string, details?: Prisma.InputJsonObject) {
  await recordAudit(tx, {
    actorId: context.actorId,
    action: `procedure.${event}`,
    targetType: 'Procedure',
    targetId: context.procedureId,
    ip: context.ip,
    details,
  });
}

type Flags = { published: boolean; featured: boolean; featuredOrder: number };

/** publish / unpublish / feature / unfeature, each its own row: they are the acts people look for. */
export async function recordFlagChanges(tx: Tx, context: ProcedureAuditContext, before: Flags, after: Flags) {
  if (before.published !== after.published) await recordProcedureAudit(tx, context, after.published ? 'publish' : 'unpublish');
  if (before.featured !== after.featured) {
    await recordProcedureAudit(tx, context, after.featured ? 'feature' : 'unfeature', after.featured ? { featuredOrder: after.featuredOrder } : undefined);
  }
}
