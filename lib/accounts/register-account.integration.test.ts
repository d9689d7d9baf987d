import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { registerSchema } from '@/lib/validation/account';
import { findEmails, GOOD_PASSWORD, tokenSentTo, uniqueEmail, uniqueIp } from '@/test/integration/accounts';
import { confirmEmail, findConfirmationKind } from './confirm-email';
import { registerAccount } from './register-account';
import { resendConfirmation } from './resend-confirmation';

function registration(email: string, firstName = 'Jeanne') {
  return registerSchema.parse({ firstName, lastName: 'Martin', email, password: GOOD_PASSWORD, passwordConfirmation: GOOD_PASSWORD });
}

describe('registerAccount', () => {
  it('creates an unconfirmed applicant with an argon2id hash and emails a confirmation link', async () => {
    const email = uniqueEmail();
    await registerAccount(registration(email), { ip: uniqueIp() });

    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user).toMatchObject({ role: 'USAGER', emailVerifiedAt: null, firstName: 'Jeanne' });
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await findEmails(email)).map((mail) => mail.template)).toEqual(['confirm-email']);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: 'account.registered' } })).toBe(1);
  });

  it('creates nothing for an address that has an account, and tells its owner instead', async () => {
    const email = uniqueEmail();
    await registerAccount(registration(email), { ip: uniqueIp() });
    await registerAccount(registration(email, 'Usurpateur'), { ip: uniqueIp() });

    const users = await db.user.findMany({ where: { email }, select: { firstName: true } });
    expect(users).toEqual([{ firstName: 'Jeanne' }]);
    expect((await findEmails(email)).map((mail) => mail.template)).toEqual(['confirm-email', 'already-registered']);
  });

  it('keeps one account when the same address registers twice at once', async () => {
    const email = uniqueEmail();
    await Promise.all([registerAccount(registration(email), { ip: uniqueIp() }), registerAccount(registration(email), { ip: uniqueIp() })]);
    expect(await db.user.count({ where: { email } })).toBe(1);
    expect((await findEmails(email)).map((mail) => mail.template).sort()).toEqual(['already-registered', 'confirm-email']);
  });
});

describe('confirmEmail', () => {
  it('confirms the address once; the link then stops working', async () => {
    const email = uniqueEmail();
    await registerAccount(registration(email), { ip: uniqueIp() });
    const token = await tokenSentTo(email, 'confirm-email');

    expect(await findConfirmationKind(token)).toBe('account');
    // Looking the link up (the GET page) changed nothing.
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();

    expect(await confirmEmail(token, { ip: uniqueIp() })).toEqual({ ok: true, data: { kind: 'account' } });
    expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeInstanceOf(Date);
    expect((await confirmEmail(token, { ip: uniqueIp() })).ok).toBe(false);
    // Opened again, the link says the address is confirmed rather than « ne fonctionne pas ».
    expect(await findConfirmationKind(token)).toBe('already-confirmed');
  });

  it('refuses an unknown or expired link', async () => {
    expect((await confirmEmail('inconnu', { ip: uniqueIp() })).ok).toBe(false);

    const email = uniqueEmail();
    await registerAccount(registration(email), { ip: uniqueIp() });
    const token = await tokenSentTo(email, 'confirm-email');
    await db.userToken.updateMany({ where: { user: { email } }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await confirmEmail(token, { ip: uniqueIp() })).ok).toBe(false);
  });
});

describe('resendConfirmation', () => {
  it('sends a new link to an unconfirmed account, which replaces the first one', async () => {
    const email = uniqueEmail();
    await registerAccount(registration(email), { ip: uniqueIp() });
    const first = await tokenSentTo(email, 'confirm-email');
    await resendConfirmation({ email }, { ip: uniqueIp() });
    const second = await tokenSentTo(email, 'confirm-email');

    expect(second).not.toBe(first);
    expect((await confirmEmail(first, { ip: uniqueIp() })).ok).toBe(false);
    expect((await confirmEmail(second, { ip: uniqueIp() })).ok).toBe(true);
  });

  it('sends nothing for an unknown or already confirmed address', async () => {
    const unknown = uniqueEmail();
    await resendConfirmation({ email: unknown }, { ip: uniqueIp() });
    expect(await findEmails(unknown)).toEqual([]);
  });
});
