import 'server-only';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { enqueueEmail } from '@/lib/mail/outbox';
import { accountLinks } from './account-links';
import type { RequestContext } from '@/lib/actions/request-context';
import { transactWithEmails } from './transaction';
import { issueUserToken } from './user-tokens';

/** An address without an active, unconfirmed account gets nothing; the caller answers the same. */
export async function resendConfirmation({ email }: { email: string }, context: RequestContext): Promise<void> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, firstName: true, emailVerifiedAt: true, disabledAt: true },
  });
  if (!user || user.emailVerifiedAt || user.disabledAt) return;
  await transactWithEmails(async (tx) => {
    const token = await issueUserToken(tx, { userId: user.id, purpose: 'CONFIRM_EMAIL' });
    await enqueueEmail(tx, { template: 'confirm-email', to: email, props: { firstName: user.firstName, url: accountLinks.confirmEmail(token) } });
    await recordAudit(tx, { actorId: user.id, action: 'account.confirmation-resent', targetType: 'User', targetId: user.id, ip: context.ip });
  });
}
