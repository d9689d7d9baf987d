import 'server-only';
import { db } from '@/lib/db';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password-hash';
import { enqueueEmail } from '@/lib/mail/outbox';
import { resetAccountThrottle } from '@/lib/security/throttle';
import { transactWithEmails } from './transaction';
import type { RequestContext } from '@/lib/actions/request-context';
import { consumeUserToken, findUsableToken } from './user-tokens';

export const INVALID_RESET_LINK = 'Ce lien n’est plus valide. Demandez un nouveau lien.';

/** For the page behind the emailed link: show the form only while the link works (no state change). */
export async function isResetTokenUsable(token: string): Promise<boolean> {
  return (await findUsableToken(db, token, ['RESET_PASSWORD'])) !== null;
}

/**
 * Single use, 1 hour. Bumping the session version ends every session; the email is confirmed too:
 * the link proved it is read.
 */
export async function resetPassword({ token, password }: { token: string; password: string }, context: RequestContext): Promise<ActionResult> {
  const passwordHash = await hashPassword(password);
  const user = await transactWithEmails(async (tx) => {
    const used = await consumeUserToken(tx, token, ['RESET_PASSWORD']);
    if (!used) return null;
    const user = await tx.user.update({
      where: { id: used.userId },
      data: { passwordHash, sessionVersion: { increment: 1 } },
      select: { id: true, email: true, firstName: true },
    });
    await tx.user.updateMany({ where: { id: user.id, emailVerifiedAt: null }, data: { emailVerifiedAt: new Date() } });
    await enqueueEmail(tx, { template: 'password-changed', to: user.email, props: { firstName: user.firstName } });
    await recordAudit(tx, { actorId: user.id, action: 'password.reset', targetType: 'User', targetId: user.id, ip: context.ip });
    return user;
  });
  if (!user) return fail(INVALID_RESET_LINK);
  // The owner proved control of the address: lift a block an attacker may have caused.
  await resetAccountThrottle(user.email);
  return succeed();
}
