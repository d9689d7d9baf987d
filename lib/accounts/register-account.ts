import 'server-only';
import type { Tx } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { hashPassword } from '@/lib/auth/password-hash';
import { enqueueEmail } from '@/lib/mail/outbox';
import type { RegisterInput } from '@/lib/validation/account';
import { accountLinks } from './account-links';
import type { RequestContext } from '@/lib/actions/request-context';
import { transactWithEmails } from './transaction';
import { isUniqueViolation } from './unique-violation';
import { issueUserToken } from './user-tokens';

/**
 * An address that already has an account gets no new one, only an email to its owner: the caller
 * shows the same screen either way, so the form cannot reveal who has an account.
 */
export async function registerAccount(input: RegisterInput, context: RequestContext): Promise<void> {
  // Hashed on both paths, so that they take the same time.
  const passwordHash = await hashPassword(input.password);
  const register = () => transactWithEmails((tx) => createOrNotify(tx, input, passwordHash, context));
  try {
    await register();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // A simultaneous registration of the same address won: this one becomes "already registered".
    await register();
  }
}

async function createOrNotify(tx: Tx, input: RegisterInput, passwordHash: string, context: RequestContext) {
  const existing = await tx.user.findUnique({ where: { email: input.email }, select: { id: true, firstName: true } });
  if (existing) {
    await enqueueEmail(tx, {
      template: 'already-registered',
      to: input.email,
      props: { firstName: existing.firstName, loginUrl: accountLinks.login(), resetUrl: accountLinks.requestPasswordReset() },
    });
    await recordAudit(tx, { action: 'account.register-existing', targetType: 'User', targetId: existing.id, ip: context.ip });
    return;
  }
  const user = await tx.user.create({
    data: { email: input.email, firstName: input.firstName, lastName: input.lastName, passwordHash },
    select: { id: true },
  });
  const token = await issueUserToken(tx, { userId: user.id, purpose: 'CONFIRM_EMAIL' });
  await enqueueEmail(tx, {
    template: 'confirm-email',
    to: input.email,
    props: { firstName: input.firstName, url: accountLinks.confirmEmail(token) },
  });
  await recordAudit(tx, { actorId: user.id, action: 'account.registered', targetType: 'User', targetId: user.id, ip: context.ip });
}
