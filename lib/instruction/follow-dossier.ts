import 'server-only';
import type { RequestContext } from '@/lib/actions/request-context';
import { succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { dossierNotFound } from '@/lib/dossiers/dossier-failures';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { dossierScope } from './agent-scope';
import { isUuid } from '@/lib/validation/uuid';

// Asking twice changes nothing and records nothing more: the journal keeps changes, not clicks.

export async function followDossier(
  agent: AgentViewer,
  dossierId: string,
  follow: boolean,
  context?: RequestContext,
): Promise<ActionResult<{ following: boolean; changed: boolean }>> {
  assertAgent(agent);
  if (!isUuid(dossierId)) return dossierNotFound();
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findFirst({ where: { id: dossierId, ...dossierScope(agent) }, select: { id: true } });
    if (!dossier) return dossierNotFound();
    const { count } = follow
      ? await tx.dossierFollow.createMany({ data: [{ userId: agent.id, dossierId }], skipDuplicates: true })
      : await tx.dossierFollow.deleteMany({ where: { userId: agent.id, dossierId } });
    if (count > 0) {
      await recordAudit(tx, {
        actorId: agent.id,
        action: follow ? 'instruction.follow' : 'instruction.unfollow',
        targetType: 'Dossier',
        targetId: dossierId,
        ip: context?.ip,
      });
    }
    return succeed({ following: follow, changed: count > 0 });
  });
}

/** For the dossier's page (its FollowButton): whether this agent follows it. Scope is the page's job. */
export async function isDossierFollowed(agent: AgentViewer, dossierId: string): Promise<boolean> {
  if (!isUuid(dossierId)) return false;
  return (await db.dossierFollow.count({ where: { userId: agent.id, dossierId } })) > 0;
}
