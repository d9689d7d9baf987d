import 'server-only';
import { randomBytes } from 'node:crypto';
import { db, type Tx } from '@/lib/db';
import { transactWithEmails } from '@/lib/accounts/transaction';
import type { RequestContext } from '@/lib/actions/request-context';
import { isUniqueViolation } from '@/lib/accounts/unique-violation';
import { issueUserToken } from '@/lib/accounts/user-tokens';
import { fail, failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import { hashPassword } from '@/lib/auth/password-hash';
import { env } from '@/lib/env';
import { enqueueEmail } from '@/lib/mail/outbox';
import type { InviteAgentInput } from '@/lib/validation/agent';
import { AGENT_NOT_FOUND, allProceduresExist, assertAdmin, recordAgentAudit, UNKNOWN_PROCEDURE, type AdminViewer } from './agent-admin';
import { AGENT_ROLE_IN_SENTENCE } from './agent-labels';
import { AGENT_INVITATION_PATH } from './agent-paths';

/**
 * Why an address that already has an account is refused rather than promoted: the person behind an
 * applicant's account chose its password and may share it, has no second factor, and never asked
 * for access to other people's dossiers. An agent gets an account of their own, invited here.
 */
export const EMAIL_HAS_ACCOUNT =
  'Cette adresse a déjà un compte sur Guichet. Un compte d’usager ne peut pas devenir un compte d’agent : invitez une autre adresse, par exemple l’adresse professionnelle de l’agent.';

export const INVITATION_NOT_PENDING = 'Cet agent a déjà accepté son invitation, ou son compte est désactivé : il n’y a pas d’invitation à renvoyer.';

function invitationUrl(token: string): string {
  return `${env.APP_URL}${AGENT_INVITATION_PATH}?jeton=${token}`;
}

async function sendInvitation(tx: Tx, admin: AdminViewer, agent: { id: string; email: string; firstName: string; role: 'INSTRUCTEUR' | 'ADMIN' }) {
  const inviter = await tx.user.findUniqueOrThrow({ where: { id: admin.id }, select: { firstName: true, lastName: true } });
  const token = await issueUserToken(tx, { userId: agent.id, purpose: 'AGENT_INVITATION' });
  await enqueueEmail(tx, {
    template: 'agent-invitation',
    to: agent.email,
    props: {
      firstName: agent.firstName,
      inviterName: `${inviter.firstName} ${inviter.lastName}`,
      roleLabel: AGENT_ROLE_IN_SENTENCE[agent.role],
      url: invitationUrl(token),
    },
  });
}

/** No usable password (a hash of random bytes nobody knows) until the invitation (72 h, single use) is accepted. */
export async function inviteAgent(admin: AdminViewer, input: InviteAgentInput, context?: RequestContext): Promise<ActionResult<{ id: string }>> {
  await assertAdmin(admin);
  const { email, firstName, lastName, role, procedureIds } = input;
  if (await db.user.findUnique({ where: { email }, select: { id: true } })) return failOnField('email', EMAIL_HAS_ACCOUNT);
  const passwordHash = await hashPassword(randomBytes(32).toString('base64url'));
  try {
    const id = await transactWithEmails(async (tx) => {
      if (!(await allProceduresExist(tx, procedureIds))) return null;
      const agent = await tx.user.create({
        data: { email, firstName, lastName, role, passwordHash, emailVerifiedAt: null },
        select: { id: true, email: true, firstName: true },
      });
      await tx.procedureInstructor.createMany({ data: procedureIds.map((procedureId) => ({ procedureId, userId: agent.id })) });
      await sendInvitation(tx, admin, { ...agent, role });
      await recordAgentAudit(tx, { actorId: admin.id, agentId: agent.id, ip: context?.ip }, 'invited', { role, procedureIds });
      return agent.id;
    });
    if (!id) return failOnField('procedureIds', UNKNOWN_PROCEDURE);
    return succeed({ id });
  } catch (error) {
    // Two invitations of one address at once: the unique index decides.
    if (isUniqueViolation(error)) return failOnField('email', EMAIL_HAS_ACCOUNT);
    throw error;
  }
}

/** A new link for an agent who has not accepted yet; the previous link stops working. */
export async function resendAgentInvitation(admin: AdminViewer, agentId: string, context?: RequestContext): Promise<ActionResult> {
  await assertAdmin(admin);
  return transactWithEmails(async (tx) => {
    const agent = await tx.user.findFirst({
      where: { id: agentId, role: { in: ['INSTRUCTEUR', 'ADMIN'] } },
      select: { id: true, email: true, firstName: true, role: true, emailVerifiedAt: true, disabledAt: true },
    });
    if (!agent) return fail(AGENT_NOT_FOUND);
    if (agent.emailVerifiedAt || agent.disabledAt) return fail(INVITATION_NOT_PENDING);
    await sendInvitation(tx, admin, { ...agent, role: agent.role as 'INSTRUCTEUR' | 'ADMIN' });
    await recordAgentAudit(tx, { actorId: admin.id, agentId: agent.id, ip: context?.ip }, 'invitation-resent');
    return succeed();
  });
}
