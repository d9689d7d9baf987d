import type { Page } from '@playwright/test';
import { Secret, TOTP } from 'otpauth';
import { sealSecret } from '../../lib/auth/mfa/secret-box';
import { assignInstructor } from '../../test/factories/procedures';
import { testDb } from './database';
import { createUser, type TestUser } from './factories';
import { expect, signIn } from './fixtures';
import { authSecret } from './sessions';

// Agents of the back-office. By default they have already enrolled their second factor (a TOTP
// secret sealed with the server's AUTH_SECRET, as lib/auth/mfa stores it); `enrolled: false`
// makes one who will be asked to enrol at first sign-in.

export type TestAgent = TestUser & { role: 'INSTRUCTEUR' | 'ADMIN'; totpSecret: string | null };

export async function createAgent(
  options: { role?: 'INSTRUCTEUR' | 'ADMIN'; firstName?: string; lastName?: string; procedures?: string[]; enrolled?: boolean } = {},
): Promise<TestAgent> {
  const role = options.role ?? 'INSTRUCTEUR';
  const totpSecret = options.enrolled === false ? null : new Secret({ size: 20 }).base32;
  const user = await createUser({
    role,
    firstName: options.firstName,
    lastName: options.lastName,
    sealedTotpSecret: totpSecret ? sealSecret(totpSecret, authSecret()) : undefined,
  });
  if (options.procedures?.length) await assignInstructor(testDb(), user.id, options.procedures);
  return { ...user, role, totpSecret };
}

// The server accepts each time step once per agent (replay protection): successive sign-ins of
// one agent in the same 30 s use the next step, which the server accepts (one step of drift).
const lastStep = new Map<string, number>();

/** The current code of an authenticator app holding `secret`, never the same step twice. */
export function totpCode(secret: string): string {
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  const now = Math.floor(Date.now() / 1000 / totp.period);
  const step = Math.max(now, (lastStep.get(secret) ?? -1) + 1);
  lastStep.set(secret, step);
  return totp.generate({ timestamp: step * totp.period * 1000 });
}

/** Password on the login page, then the code of the second factor, as an agent does each morning (specs about signing in; the others use signInAs). */
export async function signInAgentWithForm(page: Page, agent: TestAgent) {
  await signIn(page, agent.email, agent.password);
  if (!agent.totpSecret) return;
  await expect(page.getByRole('heading', { level: 1, name: 'Vérification en deux étapes' })).toBeVisible();
  await page.getByLabel('Code de vérification').fill(totpCode(agent.totpSecret));
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await expect(page).not.toHaveURL(/\/connexion/);
}
