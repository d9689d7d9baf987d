import { format } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConfirmedUser, GOOD_PASSWORD, tokenSentTo, uniqueEmail, uniqueIp } from '@/test/integration/accounts';
import { registerAccount } from '@/lib/accounts/register-account';
import { requestPasswordReset } from '@/lib/accounts/request-password-reset';
import { resetPassword } from '@/lib/accounts/reset-password';
import { authorizeCredentials } from '@/lib/auth/authorize-credentials';
import { db } from '@/lib/db';
import { registerSchema } from '@/lib/validation/account';

// docs/security.md §1 check 30 (ASVS 16.3.1, 16.2.5).

const WRONG_PASSWORD = 'Mauvais-Chemin-31!';
const NEW_PASSWORD = 'Nouvelle-Allee-58!';
const REGISTERED_PASSWORD = 'Inscription-Secrete-47!';

describe('the journal and the console', () => {
  let printed: string[];

  beforeEach(() => {
    printed = [];
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
      vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
        printed.push(format(...args));
      });
    }
  });

  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('record sign-ins and resets, and never a password or a token', async () => {
    const ip = uniqueIp();
    const user = await createConfirmedUser();
    const registered = registerSchema.parse({
      firstName: 'Lucie',
      lastName: 'Bernard',
      email: uniqueEmail(),
      password: REGISTERED_PASSWORD,
      passwordConfirmation: REGISTERED_PASSWORD,
    });
    await registerAccount(registered, { ip });
    expect(await authorizeCredentials({ email: user.email, password: WRONG_PASSWORD }, ip)).toEqual({ ok: false, reason: 'refused' });
    expect((await authorizeCredentials({ email: user.email, password: GOOD_PASSWORD }, ip)).ok).toBe(true);
    await requestPasswordReset({ email: user.email }, { ip });
    const token = await tokenSentTo(user.email, 'reset-password');
    expect((await resetPassword({ token, password: NEW_PASSWORD }, { ip })).ok).toBe(true);

    const journal = await db.auditLog.findMany({ where: { ip }, select: { action: true, actorId: true, targetId: true, details: true } });
    expect(journal.map((row) => row.action).sort()).toEqual([
      'account.registered',
      'login.failure',
      'login.success',
      'password.reset',
      'password.reset-requested',
    ]);
    const written = JSON.stringify(journal) + printed.join('\n');
    for (const secret of [GOOD_PASSWORD, WRONG_PASSWORD, NEW_PASSWORD, REGISTERED_PASSWORD, token]) expect(written).not.toContain(secret);
  });
});
