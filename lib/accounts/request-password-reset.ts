import 'server-only';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { createToken, hashToken } from '@/lib/auth/tokens';
import { enqueueEmail } from '@/lib/mail/outbox';
import { renderEmail } from '@/lib/mail/render';
import type { EmailMessage } from '@/lib/mail/messages';
import { accountLinks } from './account-links';
import type { RequestContext } from '@/lib/actions/request-context';
import { transactWithEmails } from './transaction';
import { issueUserToken } from './user-tokens';

/**
 * Link valid 1 hour. An address without an active account gets nothing; the caller answers the
 * same, and the work is the same (a token, its hash, a rendered email, one transaction with its
 * audit row), so that the time of the answer does not tell whether the address has an account.
 */
export async function requestPasswordReset({ email }: { email: string }, context: RequestContext): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, firstName: true, disabledAt: true } });
  if (!user || user.disabledAt) {
    await doTheSameWorkForNoAccount(email, context);
    return;
  }
  await transactWithEmails(async (tx) => {
    const token = await issueUserToken(tx, { userId: user.id, purpose: 'RESET_PASSWORD' });
    await enqueueEmail(tx, { template: 'reset-password', to: email, props: { firstName: user.firstName, url: accountLinks.resetPassword(token) } });
    await recordAudit(tx, { actorId: user.id, action: 'password.reset-requested', targetType: 'User', targetId: user.id, ip: context.ip });
  });
}

/** What the other path does, sending nothing: the email is rendered and dropped; the audit row keeps no address. */
async function doTheSameWorkForNoAccount(email: string, context: RequestContext): Promise<void> {
  await transactWithEmails(async (tx) => {
    const token = createToken();
    // Marks no row (no token has this hash), as issueUserToken marks the older links of an account.
    await tx.userToken.updateMany({ where: { tokenHash: hashToken(token), usedAt: null }, data: { usedAt: new Date() } });
    const message: EmailMessage = { template: 'reset-password', to: email, props: { firstName: '', url: accountLinks.resetPassword(token) } };
    await renderEmail(message);
    await recordAudit(tx, { action: 'password.reset-requested', ip: context.ip, details: { account: false } });
  });
}
