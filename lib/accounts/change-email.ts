import 'server-only';
import { db } from '@/lib/db';
import { failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { enqueueEmail } from '@/lib/mail/outbox';
import type { ChangeEmailInput } from '@/lib/validation/account';
import { accountLinks } from './account-links';
import type { RequestContext } from '@/lib/actions/request-context';
import { transactWithEmails } from './transaction';
import { issueUserToken } from './user-tokens';
import { verifyCurrentPassword } from './verify-current-password';

/**
 * The current address stays valid until the link (24 hours) is used. An address that already has an
 * account gets nothing and the answer is the same: this form cannot reveal who has an account.
 */
export async function requestEmailChange(userId: string, input: ChangeEmailInput, context: RequestContext): Promise<ActionResult> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, firstName: true, passwordHash: true },
  });
  if (input.newEmail === user.email) {
    return failOnField('newEmail', 'Saisissez une adresse différente de votre adresse actuelle');
  }
  const refused = await verifyCurrentPassword(user, input.currentPassword, 'currentPassword', context);
  if (refused) return refused;

  await transactWithEmails(async (tx) => {
    const taken = await tx.user.findUnique({ where: { email: input.newEmail }, select: { id: true } });
    if (!taken) {
      const token = await issueUserToken(tx, { userId, purpose: 'CHANGE_EMAIL', newEmail: input.newEmail });
      await enqueueEmail(tx, {
        template: 'confirm-new-email',
        to: input.newEmail,
        props: { firstName: user.firstName, url: accountLinks.confirmEmail(token) },
      });
    }
    await enqueueEmail(tx, {
      template: 'email-change-requested',
      to: user.email,
      props: { firstName: user.firstName, newEmail: input.newEmail },
    });
    await recordAudit(tx, {
      actorId: userId,
      action: 'account.email-change-requested',
      targetType: 'User',
      targetId: userId,
      ip: context.ip,
      details: { newEmail: input.newEmail, addressTaken: Boolean(taken) },
    });
  });
  return succeed();
}
