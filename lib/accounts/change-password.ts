import 'server-only';
import { db } from '@/lib/db';
import { succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password-hash';
import { enqueueEmail } from '@/lib/mail/outbox';
import type { ChangePasswordInput } from '@/lib/validation/account';
import type { RequestContext } from '@/lib/actions/request-context';
import { transactWithEmails } from './transaction';
import { verifyCurrentPassword } from './verify-current-password';

/**
 * Bumping the session version ends every session, this one included: the caller signs this browser
 * in again with the new password. Returns the address to sign in with.
 */
export async function changePassword(userId: string, input: ChangePasswordInput, context: RequestContext): Promise<ActionResult<{ email: string }>> {
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { id: true, email: true, firstName: true, passwordHash: true },
  });
  const refused = await verifyCurrentPassword(user, input.currentPassword, 'currentPassword', context);
  if (refused) return refused;

  const passwordHash = await hashPassword(input.newPassword);
  await transactWithEmails(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await enqueueEmail(tx, { template: 'password-changed', to: user.email, props: { firstName: user.firstName } });
    await recordAudit(tx, { actorId: userId, action: 'password.changed', targetType: 'User', targetId: userId, ip: context.ip });
  });
  return succeed({ email: user.email });
}
