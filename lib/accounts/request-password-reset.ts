import 'server-only';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { enqueueEmail } from '@/lib/mail/outbox';
import { accountLinks } from './account-links';
import type { RequestContext } from '@/lib/actions/request-context';
import { transactWithEmails } from './transaction';
import { issueUserToken } from './user-tokens';

/** Link valid 1 hour. An address without an active account gets nothing; the caller answers the same. */
export async function requestPasswordReset({ email }: { email: string }, context: RequestContext): Promise<void> {
  const user = await db.user.findUnique({ where: { email }, select: { id: true, firstName: true, disabledAt: true } });
  if (!user || user.disabledAt) return;
  await transactWithEmails(async (tx) => {
    const token = await issueUserToken(tx, { userId: user.id, purpose: 'RESET_PASSWORD' });
    await enqueueEmail(tx, { template: 'reset-password', to: email, props: { firstName: user.firstName, url: accountLinks.resetPassword(token) } });
    await recordAudit(tx, { actorId: user.id, action: 'password.reset-requested', targetType: 'User', targetId: user.id, ip: context.ip });
  });
}
