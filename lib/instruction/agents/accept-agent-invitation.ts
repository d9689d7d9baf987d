import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { RequestContext } from '@/lib/actions/request-context';
import { consumeUserToken, findUsableToken } from '@/lib/accounts/user-tokens';
import { fail, failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password-hash';
import { containsPersonalInfo, PERSONAL_INFO_PASSWORD_MESSAGE } from '@/lib/validation/password';
import type { AgentRoleCode } from './agent-labels';

export const INVALID_INVITATION =
  'Ce lien d’invitation n’est plus valide : il a déjà servi, il a expiré (il est valable 72 heures) ou une invitation plus récente l’a remplacé. Demandez à un administrateur de vous renvoyer une invitation.';

export type AgentInvitation = { firstName: string; lastName: string; email: string; role: AgentRoleCode };

async function invitedAgent(tx: Tx, token: string) {
  const usable = await findUsableToken(tx, token, ['AGENT_INVITATION']);
  if (!usable) return null;
  const agent = await tx.user.findFirst({
    where: { id: usable.userId, role: { in: ['INSTRUCTEUR', 'ADMIN'] }, disabledAt: null },
    select: { id: true, firstName: true, lastName: true, email: true, role: true },
  });
  return agent ? { ...agent, role: agent.role as AgentRoleCode } : null;
}

/** For the public page behind the emailed link: who is invited, or null (no state change). */
export async function findAgentInvitation(token: string): Promise<AgentInvitation | null> {
  const agent = await invitedAgent(db, token);
  return agent && { firstName: agent.firstName, lastName: agent.lastName, email: agent.email, role: agent.role };
}

/** The address is confirmed: the link proved it is read. The second factor is enrolled at the first sign-in. */
export async function acceptAgentInvitation({ token, password }: { token: string; password: string }, context: RequestContext): Promise<ActionResult> {
  const invited = await invitedAgent(db, token);
  if (!invited) return fail(INVALID_INVITATION);
  if (containsPersonalInfo(password, invited)) return failOnField('password', PERSONAL_INFO_PASSWORD_MESSAGE);
  const passwordHash = await hashPassword(password);
  const accepted = await db.$transaction(async (tx) => {
    const used = await consumeUserToken(tx, token, ['AGENT_INVITATION']);
    if (!used || used.userId !== invited.id) return false;
    const { count } = await tx.user.updateMany({
      where: { id: invited.id, disabledAt: null },
      data: { passwordHash, emailVerifiedAt: new Date(), sessionVersion: { increment: 1 } },
    });
    if (count !== 1) return false;
    await recordAudit(tx, { actorId: invited.id, action: 'agent.invitation-accepted', targetType: 'User', targetId: invited.id, ip: context.ip });
    return true;
  });
  return accepted ? succeed() : fail(INVALID_INVITATION);
}
