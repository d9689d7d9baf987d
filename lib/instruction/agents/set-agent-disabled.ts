import 'server-only';
import { db } from '@/lib/db';
import type { RequestContext } from '@/lib/actions/request-context';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import { AGENT_NOT_FOUND, assertAdmin, LAST_ADMIN, lockActiveAdmins, recordAgentAudit, type AdminViewer } from './agent-admin';

export const CANNOT_DISABLE_SELF = 'Vous ne pouvez pas désactiver votre propre compte. Demandez-le à un autre administrateur.';

/** Open sessions end at their next request (the session version is bumped); a pending invitation stops working. */
export async function disableAgent(admin: AdminViewer, agentId: string, context?: RequestContext): Promise<ActionResult> {
  await assertAdmin(admin);
  if (agentId === admin.id) return fail(CANNOT_DISABLE_SELF);
  return db.$transaction(async (tx) => {
    const agent = await tx.user.findFirst({
      where: { id: agentId, role: { in: ['INSTRUCTEUR', 'ADMIN'] } },
      select: { id: true, role: true, disabledAt: true },
    });
    if (!agent) return fail(AGENT_NOT_FOUND);
    if (agent.disabledAt) return succeed();
    if (agent.role === 'ADMIN') {
      const admins = await lockActiveAdmins(tx);
      if (admins.length <= 1 && admins.includes(agent.id)) return fail(LAST_ADMIN);
    }
    const now = new Date();
    await tx.user.update({ where: { id: agent.id }, data: { disabledAt: now, sessionVersion: { increment: 1 } } });
    await tx.userToken.updateMany({ where: { userId: agent.id, usedAt: null }, data: { usedAt: now } });
    await recordAgentAudit(tx, { actorId: admin.id, agentId: agent.id, ip: context?.ip }, 'disabled');
    return succeed();
  });
}

/** The agent may sign in again with their password and second factor (an unaccepted invitation must be sent again). */
export async function enableAgent(admin: AdminViewer, agentId: string, context?: RequestContext): Promise<ActionResult> {
  await assertAdmin(admin);
  return db.$transaction(async (tx) => {
    const agent = await tx.user.findFirst({ where: { id: agentId, role: { in: ['INSTRUCTEUR', 'ADMIN'] } }, select: { id: true, disabledAt: true } });
    if (!agent) return fail(AGENT_NOT_FOUND);
    if (!agent.disabledAt) return succeed();
    await tx.user.update({ where: { id: agent.id }, data: { disabledAt: null } });
    await recordAgentAudit(tx, { actorId: admin.id, agentId: agent.id, ip: context?.ip }, 'enabled');
    return succeed();
  });
}
