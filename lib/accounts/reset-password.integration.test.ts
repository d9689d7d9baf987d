import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password-hash';
import { checkLoginAllowed, recordLoginFailure } from '@/lib/security/throttle';
import { createConfirmedUser, findEmails, tokenSentTo, uniqueEmail, uniqueIp } from '@/test/integration/accounts';
import { requestPasswordReset } from './request-password-reset';
import { INVALID_RESET_LINK, isResetTokenUsable, resetPassword } from './reset-password';

const NEW_PASSWORD = 'Nouveau-Jardin9';

describe('requestPasswordReset', () => {
  it('emails a link to an existing account, and nothing for an unknown address', async () => {
    const user = await createConfirmedUser();
    const unknown = uniqueEmail();
    await requestPasswordReset({ email: user.email }, { ip: uniqueIp() });
    await requestPasswordReset({ email: unknown }, { ip: uniqueIp() });

    expect((await findEmails(user.email)).map((mail) => mail.template)).toEqual(['reset-password']);
    expect(await findEmails(unknown)).toEqual([]);
  });

  it('stores only the hash of the token, valid for one hour', async () => {
    const user = await createConfirmedUser();
    await requestPasswordReset({ email: user.email }, { ip: uniqueIp() });
    const token = await tokenSentTo(user.email, 'reset-password');
    const stored = await db.userToken.findFirstOrThrow({ where: { userId: user.id, purpose: 'RESET_PASSWORD' } });

    expect(stored.tokenHash).not.toContain(token);
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
    const lifetimeMs = stored.expiresAt.getTime() - stored.createdAt.getTime();
    expect(lifetimeMs).toBeGreaterThan(59 * 60 * 1000);
    expect(lifetimeMs).toBeLessThanOrEqual(60 * 60 * 1000 + 1000);
  });

  it('invalidates the earlier link when a new one is requested', async () => {
    const user = await createConfirmedUser();
    await requestPasswordReset({ email: user.email }, { ip: uniqueIp() });
    const first = await tokenSentTo(user.email, 'reset-password');
    await requestPasswordReset({ email: user.email }, { ip: uniqueIp() });

    expect(await isResetTokenUsable(first)).toBe(false);
    expect(await resetPassword({ token: first, password: NEW_PASSWORD }, { ip: uniqueIp() })).toEqual({ ok: false, message: INVALID_RESET_LINK });
  });
});

describe('resetPassword', () => {
  it('sets the password, ends every session, confirms the address and tells the owner', async () => {
    const user = await db.user.update({
      where: { id: (await createConfirmedUser()).id },
      data: { emailVerifiedAt: null },
      select: { id: true, email: true, sessionVersion: true },
    });
    await requestPasswordReset({ email: user.email }, { ip: uniqueIp() });
    const token = await tokenSentTo(user.email, 'reset-password');

    expect(await resetPassword({ token, password: NEW_PASSWORD }, { ip: uniqueIp() })).toEqual({ ok: true });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(after.emailVerifiedAt).toBeInstanceOf(Date);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect((await findEmails(user.email)).map((mail) => mail.template)).toEqual(['reset-password', 'password-changed']);
  });

  it('refuses a second use of the same link', async () => {
    const user = await createConfirmedUser();
    await requestPasswordReset({ email: user.email }, { ip: uniqueIp() });
    const token = await tokenSentTo(user.email, 'reset-password');

    expect((await resetPassword({ token, password: NEW_PASSWORD }, { ip: uniqueIp() })).ok).toBe(true);
    expect(await resetPassword({ token, password: 'Autre-Jardin9' }, { ip: uniqueIp() })).toEqual({ ok: false, message: INVALID_RESET_LINK });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
  });

  it('lets only one of two simultaneous uses through', async () => {
    const user = await createConfirmedUser();
    await requestPasswordReset({ email: user.email }, { ip: uniqueIp() });
    const token = await tokenSentTo(user.email, 'reset-password');

    const results = await Promise.all([
      resetPassword({ token, password: NEW_PASSWORD }, { ip: uniqueIp() }),
      resetPassword({ token, password: 'Autre-Jardin9' }, { ip: uniqueIp() }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).sessionVersion).toBe(user.sessionVersion + 1);
  });

  it('refuses an expired link', async () => {
    const user = await createConfirmedUser();
    await requestPasswordReset({ email: user.email }, { ip: uniqueIp() });
    const token = await tokenSentTo(user.email, 'reset-password');
    await db.userToken.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    expect(await isResetTokenUsable(token)).toBe(false);
    expect(await resetPassword({ token, password: NEW_PASSWORD }, { ip: uniqueIp() })).toEqual({ ok: false, message: INVALID_RESET_LINK });
  });

  it('lifts the login block of the account', async () => {
    const user = await createConfirmedUser();
    const attackerIp = uniqueIp();
    for (let attempt = 0; attempt < 5; attempt += 1) await recordLoginFailure({ email: user.email, ip: attackerIp });
    expect((await checkLoginAllowed({ email: user.email, ip: uniqueIp() })).allowed).toBe(false);

    await requestPasswordReset({ email: user.email }, { ip: uniqueIp() });
    await resetPassword({ token: await tokenSentTo(user.email, 'reset-password'), password: NEW_PASSWORD }, { ip: uniqueIp() });
    expect((await checkLoginAllowed({ email: user.email, ip: uniqueIp() })).allowed).toBe(true);
  });
});
