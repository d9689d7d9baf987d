import 'server-only';
import { db, type Tx } from '@/lib/db';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { enqueueEmail } from '@/lib/mail/outbox';
import type { RequestContext } from '@/lib/actions/request-context';
import { transactWithEmails } from './transaction';
import { isUniqueViolation } from './unique-violation';
import { consumeUserToken, findSpentToken, findUsableToken, type UsableToken } from './user-tokens';

export type ConfirmedKind = 'account' | 'email-change';

export const INVALID_CONFIRMATION_LINK = 'Ce lien de confirmation n’est plus valide. Il a peut-être déjà servi ou expiré (il est valable 24 heures).';
const EMAIL_TAKEN = 'Cette adresse courriel ne peut plus être utilisée. Demandez le changement avec une autre adresse.';

/** What an emailed confirmation link is for, while it still works (read-only: GET shows a button). */
export async function findConfirmationKind(token: string): Promise<ConfirmedKind | 'already-confirmed' | null> {
  const usable = await findUsableToken(db, token, ['CONFIRM_EMAIL', 'CHANGE_EMAIL']);
  if (usable) return usable.purpose === 'CHANGE_EMAIL' ? 'email-change' : 'account';
  // A link opened again once it has worked: nothing is wrong, the address is confirmed.
  const spent = await findSpentToken(db, token);
  if (spent?.purpose === 'CONFIRM_EMAIL' && spent.user.emailVerifiedAt) return 'already-confirmed';
  if (spent?.purpose === 'CHANGE_EMAIL' && spent.newEmail === spent.user.email) return 'already-confirmed';
  return null;
}

export async function confirmEmail(token: string, context: RequestContext): Promise<ActionResult<{ kind: ConfirmedKind }>> {
  try {
    return await transactWithEmails(async (tx) => {
      const used = await consumeUserToken(tx, token, ['CONFIRM_EMAIL', 'CHANGE_EMAIL']);
      if (!used) return fail(INVALID_CONFIRMATION_LINK);
      if (used.purpose === 'CHANGE_EMAIL' && used.newEmail) return applyEmailChange(tx, used, used.newEmail, context);
      await tx.user.updateMany({ where: { id: used.userId, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
      await recordAudit(tx, { actorId: used.userId, action: 'account.email-confirmed', targetType: 'User', targetId: used.userId, ip: context.ip });
      return succeed({ kind: 'account' as const });
    });
  } catch (error) {
    // Someone registered the new address between the request and its confirmation.
    if (isUniqueViolation(error)) return fail(EMAIL_TAKEN);
    throw error;
  }
}

async function applyEmailChange(tx: Tx, used: UsableToken, newEmail: string, context: RequestContext) {
  const before = await tx.user.findUniqueOrThrow({ where: { id: used.userId }, select: { email: true, firstName: true } });
  const taken = await tx.user.findUnique({ where: { email: newEmail }, select: { id: true } });
  if (taken) return fail(EMAIL_TAKEN);
  await tx.user.update({
    where: { id: used.userId },
    // Following the link proved the person reads the new address.
    data: { email: newEmail, emailVerifiedAt: new Date() },
  });
  // Links sent to the old address (reset, other changes) must not outlive it.
  await tx.userToken.updateMany({ where: { userId: used.userId, usedAt: null }, data: { usedAt: new Date() } });
  await enqueueEmail(tx, { template: 'email-changed', to: before.email, props: { firstName: before.firstName, newEmail } });
  await recordAudit(tx, {
    actorId: used.userId,
    action: 'account.email-changed',
    targetType: 'User',
    targetId: used.userId,
    ip: context.ip,
    details: { from: before.email, to: newEmail },
  });
  return succeed({ kind: 'email-change' as const });
}
