import 'server-only';
import { db } from '@/lib/db';
import type { RequestContext } from '@/lib/actions/request-context';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import { AGENT_NOT_FOUND, assertAdmin, recordAgentAudit, type AdminViewer } from './agent-admin';

/** Every session ends; at the next sign-in the agent enrols a new authenticator. */
export async function resetAgentSecondFactor(admin: AdminViewer, agentId: string, context?: RequestContext): Promise<ActionResult> {
  await assertAdmin(admin);
  return db.$transaction(async (tx) => {
    const agent = await tx.user.findFirst({ where: { id: agentId, role: { in: ['INSTRUCTEUR', 'ADMIN'] } }, select: { id: true } });
    if (!agent) return fail(AGENT_NOT_FOUND);
    await tx.user.update({
      where: { id: agent.id },
      data: { totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: { increment: 1 } },
    });
    const { count } = await tx.recoveryCode.deleteMany({ where: { userId: agent.id } });
    await recordAgentAudit(tx, { actorId: admin.id, agentId: agent.id, ip: context?.ip }, 'second-factor-reset', { recoveryCodesDeleted: count });
    return succeed();
  });
}
