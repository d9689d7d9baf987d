import 'server-only';
import { db } from '@/lib/db';
import type { RequestContext } from '@/lib/actions/request-context';
import { fail, failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import type { UpdateAgentInput } from '@/lib/validation/agent';
import {
  AGENT_NOT_FOUND,
  allProceduresExist,
  assertAdmin,
  LAST_ADMIN,
  lockActiveAdmins,
  recordAgentAudit,
  UNKNOWN_PROCEDURE,
  type AdminViewer,
} from './agent-admin';

/** The set of démarches is replaced. A change of role ends the agent's sessions: the new rights apply at once. */
export async function updateAgent(admin: AdminViewer, agentId: string, input: UpdateAgentInput, context?: RequestContext): Promise<ActionResult> {
  await assertAdmin(admin);
  const { role, procedureIds } = input;
  return db.$transaction(async (tx) => {
    const agent = await tx.user.findFirst({
      where: { id: agentId, role: { in: ['INSTRUCTEUR', 'ADMIN'] } },
      select: { id: true, role: true, instructedProcedures: { select: { procedureId: true } } },
    });
    if (!agent) return fail(AGENT_NOT_FOUND);
    if (!(await allProceduresExist(tx, procedureIds))) return failOnField('procedureIds', UNKNOWN_PROCEDURE);
    if (agent.role === 'ADMIN' && role !== 'ADMIN') {
      const admins = await lockActiveAdmins(tx);
      if (admins.length <= 1 && admins.includes(agent.id)) return failOnField('role', LAST_ADMIN);
    }
    const before = agent.instructedProcedures.map((row) => row.procedureId).sort();
    const after = [...procedureIds].sort();
    await tx.procedureInstructor.deleteMany({ where: { userId: agent.id, procedureId: { notIn: after } } });
    await tx.procedureInstructor.createMany({ data: after.map((procedureId) => ({ procedureId, userId: agent.id })), skipDuplicates: true });
    if (role !== agent.role) await tx.user.update({ where: { id: agent.id }, data: { role, sessionVersion: { increment: 1 } } });
    await recordAgentAudit(tx, { actorId: admin.id, agentId: agent.id, ip: context?.ip }, 'updated', {
      role: { before: agent.role, after: role },
      procedureIds: { before, after },
    });
    return succeed();
  });
}
