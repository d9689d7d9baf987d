import 'server-only';
import { db } from '@/lib/db';
import { failOnField, failThrottled, type ActionFailure } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { verifyPassword } from '@/lib/auth/password-hash';
import { checkLoginAllowed, recordLoginFailure, recordLoginSuccess } from '@/lib/security/throttle';
import type { RequestContext } from '@/lib/actions/request-context';

/**
 * Re-asks the password before a sensitive change (ASVS 6.2.3, 7.5.1). Counted by the login
 * throttle: a stolen session must not become a way to guess the password without limit.
 * Returns null when the password is right, else the failure to show on `field`.
 */
export async function verifyCurrentPassword(
  user: { id: string; email: string; passwordHash: string },
  password: string,
  field: string,
  context: RequestContext,
): Promise<ActionFailure | null> {
  const subject = { email: user.email, ip: context.ip };
  const gate = await checkLoginAllowed(subject);
  if (!gate.allowed) return failThrottled(gate.retryAfterSeconds);
  if (await verifyPassword(user.passwordHash, password)) {
    await recordLoginSuccess(subject);
    return null;
  }
  await recordLoginFailure(subject);
  await recordAudit(db, { actorId: user.id, action: 'account.current-password-refused', targetType: 'User', targetId: user.id, ip: context.ip });
  return failOnField(field, 'Le mot de passe actuel est incorrect');
}
