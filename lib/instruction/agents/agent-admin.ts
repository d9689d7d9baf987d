import 'server-only';
import type { Tx } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertAdmin, type Viewer } from '@/lib/procedures/admin-viewer';

export { assertAdmin };
export type AdminViewer = Viewer;

export const AGENT_NOT_FOUND = 'Cet agent n’existe pas.';
export const UNKNOWN_PROCEDURE = 'Une des démarches choisies n’existe plus. Rechargez la page.';

export type AgentAuditContext = { actorId: string; agentId: string; ip?: string };

export async function recordAgentAudit(tx: Tx, context: AgentAuditContext, event: string, details?: Prisma.InputJsonObject) {
  await recordAudit(tx, { actorId: context.actorId, action: `agent.${event}`, targetType: 'User', targetId: context.agentId, ip: context.ip, details });
}

/** True when every id is a démarche (ids come from a form: checked, never trusted). */
export async function allProceduresExist(tx: Tx, procedureIds: readonly string[]): Promise<boolean> {
  if (procedureIds.length === 0) return true;
  return (await tx.procedure.count({ where: { id: { in: [...procedureIds] } } })) === procedureIds.length;
}

/**
 * The agents who may still administer: ADMIN, not disabled, password chosen. Locked FOR UPDATE so
 * that two administrators demoting or disabling each other at once cannot both succeed.
 */
export async function lockActiveAdmins(tx: Tx): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id FROM "User" WHERE role = 'ADMIN' AND "disabledAt" IS NULL AND "emailVerifiedAt" IS NOT NULL FOR UPDATE`;
  return rows.map((row) => row.id);
}

export const LAST_ADMIN =
  'C’est le dernier administrateur actif : nommez d’abord un autre agent administrateur, sinon plus personne ne pourra gérer les agents.';
