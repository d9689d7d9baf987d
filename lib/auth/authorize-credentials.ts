import 'server-only';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import type { Role } from '@/lib/generated/prisma/client';
import { checkLoginAllowed, recordLoginFailure, recordLoginSuccess } from '@/lib/security/throttle';
import { loginSchema } from '@/lib/validation/account';
import { verifyPassword } from './password-hash';

export type AuthorizedUser = { id: string; role: Role; sessionVersion: number };

/**
 * `refused` is the same for an unknown address, a wrong password and a disabled account.
 * `throttled` reveals nothing either (an unknown address gets blocked too); `unverified` is only
 * said after the right password.
 */
export type CredentialsCheck = { ok: true; user: AuthorizedUser } | { ok: false; reason: 'refused' | 'throttled' | 'unverified' };

/** The Credentials provider's check (free of next-auth, so it runs in tests and scripts). */
export async function authorizeCredentials(credentials: unknown, ip: string): Promise<CredentialsCheck> {
  const parsed = loginSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: 'refused' };
  const { email, password } = parsed.data;

  const gate = await checkLoginAllowed({ email, ip });
  if (!gate.allowed) {
    await recordAudit(db, { action: 'login.throttled', ip });
    return { ok: false, reason: 'throttled' };
  }

  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, role: true, passwordHash: true, sessionVersion: true, emailVerifiedAt: true, disabledAt: true },
  });
  // Verified even without a user (against a dummy hash) so that timing does not reveal accounts.
  const passwordMatches = await verifyPassword(user?.passwordHash, password);
  if (!user || !passwordMatches || user.disabledAt) {
    await recordLoginFailure({ email, ip });
    const reason = !user ? 'unknown-email' : !passwordMatches ? 'wrong-password' : 'disabled';
    await recordAudit(db, {
      actorId: user?.id,
      action: 'login.failure',
      ...(user && { targetType: 'User', targetId: user.id }),
      ip,
      details: { reason },
    });
    return { ok: false, reason: 'refused' };
  }
  if (!user.emailVerifiedAt) {
    await recordAudit(db, { actorId: user.id, action: 'login.unverified', targetType: 'User', targetId: user.id, ip });
    return { ok: false, reason: 'unverified' };
  }

  await recordLoginSuccess({ email, ip });
  // The inactivity rule of lib/retention counts from the last sign-in.
  await db.user.update({ where: { id: user.id }, data: { lastSignInAt: new Date() } });
  await recordAudit(db, { actorId: user.id, action: 'login.success', targetType: 'User', targetId: user.id, ip });
  return { ok: true, user: { id: user.id, role: user.role, sessionVersion: user.sessionVersion } };
}
