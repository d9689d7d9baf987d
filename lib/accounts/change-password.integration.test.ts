import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { verifyPassword } from '@/lib/auth/password-hash';
import { createConfirmedUser, findEmails, GOOD_PASSWORD, uniqueIp } from '@/test/integration/accounts';
import { changePassword } from './change-password';
import { logOutEverywhere } from './logout-everywhere';
import { updatePersonalData } from './update-personal-data';

const NEW_PASSWORD = 'Nouveau-Jardin9';

function changeTo(newPassword: string, currentPassword: string) {
  return { currentPassword, newPassword, newPasswordConfirmation: newPassword };
}

describe('changePassword', () => {
  it('refuses a wrong current password and changes nothing', async () => {
    const user = await createConfirmedUser();
    const result = await changePassword(user.id, changeTo(NEW_PASSWORD, 'Mauvais-Mot9'), { ip: uniqueIp() });

    expect(result).toMatchObject({ ok: false, fieldErrors: { currentPassword: ['Le mot de passe actuel est incorrect'] } });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion);
    expect(await db.auditLog.count({ where: { actorId: user.id, action: 'account.current-password-refused' } })).toBe(1);
  });

  it('changes the hash, ends the other sessions and tells the owner', async () => {
    const user = await createConfirmedUser();
    const result = await changePassword(user.id, changeTo(NEW_PASSWORD, GOOD_PASSWORD), { ip: uniqueIp() });

    expect(result).toEqual({ ok: true, data: { email: user.email } });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBe(user.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, NEW_PASSWORD)).toBe(true);
    expect((await findEmails(user.email)).map((mail) => mail.template)).toEqual(['password-changed']);
  });

  it('is throttled like the login: 5 wrong current passwords block the 6th try', async () => {
    const user = await createConfirmedUser();
    const ip = uniqueIp();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      await changePassword(user.id, changeTo(NEW_PASSWORD, 'Mauvais-Mot9'), { ip });
    }
    const result = await changePassword(user.id, changeTo(NEW_PASSWORD, GOOD_PASSWORD), { ip });
    // The wait also goes to the web server, which answers 429 with Retry-After (define-action.ts).
    expect(result).toEqual({ ok: false, message: 'Trop de tentatives. Réessayez dans 1 minute.', retryAfterSeconds: expect.any(Number) });
  });
});

describe('logOutEverywhere and updatePersonalData', () => {
  it('bump the session version, or update only the names', async () => {
    const user = await createConfirmedUser();
    await logOutEverywhere(user.id, { ip: uniqueIp() });
    await updatePersonalData(user.id, { firstName: 'Léa', lastName: 'Durand' }, { ip: uniqueIp() });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after).toMatchObject({ sessionVersion: user.sessionVersion + 1, firstName: 'Léa', lastName: 'Durand', email: user.email });
  });
});
