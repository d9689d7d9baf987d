import { randomInt } from 'node:crypto';
import { type APIRequestContext, request as playwrightRequest } from '@playwright/test';
import type { TestUser } from './factories';
import { sessionCookieFor } from './sessions';

// Contexts without a browser, for the tests that send hundreds of requests (access matrix,
// headers, CSRF): each has its own cookies and its own client IP (throttling is per IP), and
// starts signed in as `person` when one is given (the session cookie of e2e/support/sessions.ts;
// `passwordOnly`: an agent who has not given the second factor yet).

export async function newApiContext(baseURL: string, person?: Pick<TestUser, 'id'>, options: { passwordOnly?: boolean } = {}): Promise<APIRequestContext> {
  const session = person ? await sessionCookieFor(person.id, options) : null;
  const cookies = session
    ? [{ ...session, domain: new URL(baseURL).hostname, path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' as const }]
    : [];
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` },
    storageState: { cookies, origins: [] },
  });
}
