import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { encode } from 'next-auth/jwt';
import { newSessionClaims, SESSION_MAX_AGE_SECONDS } from '../../lib/auth/session-claims';
import { testDb } from './database';
import type { TestUser } from './factories';

// A signed-in session without the login form: the cookie lib/auth/config.ts sets after the
// password (and, for an agent, after the second step), sealed with the server's AUTH_SECRET.
// Only the journeys whose subject is signing in use the form (signIn in fixtures.ts); the others
// start signed in, as a person who signed in earlier would (docs/decisions/021-fast-tests.md).

const SESSION_COOKIE = 'authjs.session-token';

/** The server's AUTH_SECRET: given to it by the environment, or made by it in its DATA_DIR. */
export function authSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const dataDir = process.env.E2E_DATA_DIR ?? '.test-data/e2e';
  return readFileSync(path.join(dataDir, 'auth-secret'), 'utf8').trim();
}

/**
 * The session cookie of `userId` as the server would set it; an enrolled agent's has its second
 * factor verified, unless `passwordOnly` (an agent who gave the password, not yet the code).
 */
export async function sessionCookieFor(userId: string, { passwordOnly = false } = {}): Promise<{ name: string; value: string }> {
  const db = testDb();
  const user = await db.user.findUnique({ where: { id: userId }, select: { role: true, sessionVersion: true, totpEnabledAt: true } });
  if (!user) throw new Error(`Pas d’utilisateur ${userId}`);
  const sid = randomUUID();
  const agent = user.role !== 'USAGER';
  // An agent's session lives while its activity is recorded (lib/auth/session-activity.ts).
  if (agent) await db.sessionActivity.create({ data: { sid, lastSeenAt: new Date() } });
  const token = newSessionClaims(
    { id: userId, role: user.role, sessionVersion: user.sessionVersion },
    sid,
    agent && user.totpEnabledAt !== null && !passwordOnly,
  );
  const value = await encode({ token, secret: authSecret(), salt: SESSION_COOKIE, maxAge: SESSION_MAX_AGE_SECONDS });
  return { name: SESSION_COOKIE, value };
}

/** Gives `context` the session of `person`. */
export async function addSessionCookie(context: BrowserContext, person: Pick<TestUser, 'id'>): Promise<void> {
  const cookie = await sessionCookieFor(person.id);
  await context.addCookies([{ ...cookie, url: test.info().project.use.baseURL!, httpOnly: true, sameSite: 'Lax' }]);
}

/**
 * `person` signed in on `page`, which opens where the login form leads: « Mon compte » for an
 * applicant, « Dossiers » of the back-office for an agent. A session the server refuses ends on
 * « Connexion » instead, and fails here.
 */
export async function signInAs(page: Page, person: Pick<TestUser, 'id'> & { role?: string }): Promise<void> {
  const agent = person.role !== undefined && person.role !== 'USAGER';
  await addSessionCookie(page.context(), person);
  await page.goto(agent ? '/instruction' : '/mon-compte');
  await expect(page.getByRole('heading', { level: 1, name: agent ? 'Dossiers' : 'Mon compte' })).toBeVisible();
}
