import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createConfirmedUser, findEmails, GOOD_PASSWORD, tokenSentTo, uniqueEmail, uniqueIp } from '@/test/integration/accounts';
import { requestEmailChange } from './change-email';
import { confirmEmail, findConfirmationKind } from './confirm-email';
import { requestPasswordReset } from './request-password-reset';
import { isResetTokenUsable } from './reset-password';

describe('email change', () => {
  it('asks the current password again', async () => {
    const user = await createConfirmedUser();
    const newEmail = uniqueEmail();
    const result = await requestEmailChange(user.id, { newEmail, currentPassword: 'Mauvais-Mot9' }, { ip: uniqueIp() });

    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: ['Le mot de passe actuel est incorrect'] } });
    expect(await findEmails(newEmail)).toEqual([]);
  });

  it('refuses the current address', async () => {
    const user = await createConfirmedUser();
    const result = await requestEmailChange(user.id, { newEmail: user.email, currentPassword: GOOD_PASSWORD }, { ip: uniqueIp() });
    expect(result).toMatchObject({ ok: false, fieldErrors: { newEmail: ['Saisissez une adresse différente de votre adresse actuelle'] } });
  });

  it('confirms the new address by email, tells the old one, and switches only after the link', async () => {
    const user = await createConfirmedUser();
    const newEmail = uniqueEmail();
    expect(await requestEmailChange(user.id, { newEmail, currentPassword: GOOD_PASSWORD }, { ip: uniqueIp() })).toEqual({ ok: true });

    expect((await findEmails(user.email)).map((mail) => mail.template)).toEqual(['email-change-requested']);
    expect((await findEmails(newEmail)).map((mail) => mail.template)).toEqual(['confirm-new-email']);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);

    // A reset link sent to the old address must not survive the change.
    await requestPasswordReset({ email: user.email }, { ip: uniqueIp() });
    const resetToken = await tokenSentTo(user.email, 'reset-password');

    const token = await tokenSentTo(newEmail, 'confirm-new-email');
    expect(await findConfirmationKind(token)).toBe('email-change');
    expect(await confirmEmail(token, { ip: uniqueIp() })).toEqual({ ok: true, data: { kind: 'email-change' } });

    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(newEmail);
    expect((await findEmails(user.email)).map((mail) => mail.template)).toEqual(['email-change-requested', 'reset-password', 'email-changed']);
    expect(await isResetTokenUsable(resetToken)).toBe(false);
  });

  it('answers the same for an address that already has an account, and sends it nothing', async () => {
    const user = await createConfirmedUser();
    const other = await createConfirmedUser();
    const result = await requestEmailChange(user.id, { newEmail: other.email, currentPassword: GOOD_PASSWORD }, { ip: uniqueIp() });

    expect(result).toEqual({ ok: true });
    expect(await findEmails(other.email)).toEqual([]);
    expect(await db.userToken.count({ where: { userId: user.id, purpose: 'CHANGE_EMAIL' } })).toBe(0);
  });

  it('refuses the link if the address got an account in the meantime', async () => {
    const user = await createConfirmedUser();
    const newEmail = uniqueEmail();
    await requestEmailChange(user.id, { newEmail, currentPassword: GOOD_PASSWORD }, { ip: uniqueIp() });
    const token = await tokenSentTo(newEmail, 'confirm-new-email');
    await db.user.update({ where: { id: (await createConfirmedUser()).id }, data: { email: newEmail } });

    expect((await confirmEmail(token, { ip: uniqueIp() })).ok).toBe(false);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).email).toBe(user.email);
  });
});
