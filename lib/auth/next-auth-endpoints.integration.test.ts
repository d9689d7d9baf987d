import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConfirmedUser, GOOD_PASSWORD, uniqueIp } from '@/test/integration/accounts';

// next-auth's own endpoints (/api/auth/*) as a server reached by another name than APP_URL sees
// them: behind a reverse proxy, the request arrives at http://localhost:PORT.

const PUBLIC_URL = 'https://guichet.departement.fr';

/** Where a response sends the browser, resolved as the browser would (it is on APP_URL). */
function locationOf(response: Response): string {
  const location = response.headers.get('location') ?? '';
  // Nothing in it (not even a callbackUrl parameter) may name the host the server was reached by.
  expect(decodeURIComponent(location)).not.toContain('localhost');
  return new URL(location, PUBLIC_URL).href;
}

describe('next-auth’s endpoints', () => {
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('redirect to APP_URL (sign-in, credentials callback, sign-out), never to the host the request reached', async () => {
    vi.stubEnv('APP_URL', PUBLIC_URL);
    // Whatever the environment says, APP_URL decides (next-auth reads AUTH_URL at each request).
    vi.stubEnv('AUTH_URL', 'http://localhost:3999');
    vi.resetModules();
    const { Browser } = await import('@/test/integration/auth-browser');
    const user = await createConfirmedUser();
    const browser = new Browser();

    const signInPage = await browser.request('/signin');
    expect(locationOf(signInPage)).toMatch(new RegExp(`^${PUBLIC_URL}/connexion`));
    const signedIn = await browser.signIn(user.email, GOOD_PASSWORD);
    expect(signedIn.status).toBe(302);
    expect(locationOf(signedIn)).toBe(`${PUBLIC_URL}/mon-compte`);
    const refused = await browser.signIn(user.email, 'Mauvais-Mot9');
    expect(locationOf(refused)).toMatch(new RegExp(`^${PUBLIC_URL}/connexion\\?`));
    const signedOut = await browser.signOut();
    expect(locationOf(signedOut)).toBe(`${PUBLIC_URL}/`);
  });

  it('answer a throttled sign-in with 429, Retry-After and the French message', async () => {
    const { env } = await import('@/lib/env');
    const { POST, GET } = await import('@/app/api/auth/[...nextauth]/route');
    const user = await createConfirmedUser();
    const ip = uniqueIp();
    const base = `${env.APP_URL}/api/auth`;
    const csrf = await GET(new NextRequest(`${base}/csrf`, { headers: { 'x-forwarded-for': ip } }));
    const { csrfToken } = (await csrf.json()) as { csrfToken: string };
    const cookie = csrf.headers
      .getSetCookie()
      .map((header) => header.split(';')[0])
      .join('; ');
    const post = (password: string, extraHeaders: Record<string, string> = {}) =>
      POST(
        new NextRequest(`${base}/callback/credentials`, {
          method: 'POST',
          headers: { origin: env.APP_URL, 'content-type': 'application/x-www-form-urlencoded', cookie, 'x-forwarded-for': ip, ...extraHeaders },
          body: new URLSearchParams({ email: user.email, password, csrfToken, callbackUrl: '/mon-compte' }),
        }),
      );

    for (let attempt = 0; attempt < 5; attempt += 1) expect((await post('Mauvais-Mot9')).status).toBe(302);
    const throttled = await post(GOOD_PASSWORD);
    expect(throttled.status).toBe(429);
    const retryAfter = Number(throttled.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(throttled.headers.get('content-type')).toMatch(/^text\/plain; charset=utf-8/);
    expect(await throttled.text()).toBe('Trop de tentatives de connexion. Réessayez dans 1 minute.');
    // Also when next-auth would answer in JSON (its client asks with X-Auth-Return-Redirect).
    const asJson = await post(GOOD_PASSWORD, { 'x-auth-return-redirect': '1' });
    expect(asJson.status).toBe(429);
    expect(Number(asJson.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
