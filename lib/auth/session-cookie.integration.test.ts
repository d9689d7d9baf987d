import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConfirmedUser, GOOD_PASSWORD } from '@/test/integration/accounts';
import { Browser } from '@/test/integration/auth-browser';

// docs/security.md §1 checks 11 (ASVS 7.2.4: a new session token at login) and 16 (ASVS
// 3.3.1–3.3.4: cookie attributes and prefix in production, where APP_URL is https).

const SESSION_COOKIE = /authjs\.session-token$/;

describe('the session cookie', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
    vi.resetModules();
  });

  it('is a new value at each login: a cookie planted beforehand is neither kept nor accepted', async () => {
    const user = await createConfirmedUser();
    const browser = new Browser();
    browser.plantCookie('authjs.session-token', 'valeur-imposee-par-un-attaquant');
    // next-auth logs the unreadable cookie (lib/auth/config.ts logger): expected here.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await browser.session()).toBeNull();

    await browser.signIn(user.email, GOOD_PASSWORD);
    const first = browser.sessionCookie()?.[1];
    expect(first).toBeDefined();
    expect(first).not.toBe('valeur-imposee-par-un-attaquant');
    expect((await browser.session()).user.id).toBe(user.id);

    // Signing in again (another person on the same computer, or the same one) never reuses it.
    await browser.signIn(user.email, GOOD_PASSWORD);
    expect(browser.sessionCookie()?.[1]).not.toBe(first);
  });

  it('in production (https): __Secure- prefix, Secure, HttpOnly, SameSite=Lax, on every cookie next-auth sets', async () => {
    vi.stubEnv('APP_URL', 'https://guichet.departement.fr');
    vi.resetModules();
    const { Browser: HttpsBrowser } = await import('@/test/integration/auth-browser');
    const user = await createConfirmedUser();
    const browser = new HttpsBrowser();
    const response = await browser.signIn(user.email, GOOD_PASSWORD);

    const session = response.headers.getSetCookie().find((header) => SESSION_COOKIE.test(header.split('=')[0]));
    expect(session).toMatch(/^__Secure-authjs\.session-token=/);
    for (const attribute of [/;\s*Secure/i, /;\s*HttpOnly/i, /;\s*SameSite=Lax/i, /;\s*Path=\//i]) expect(session).toMatch(attribute);
    // The others (CSRF token, callback URL) too: the CSRF token even with the stricter __Host- prefix.
    expect(browser.cookieNames()).toContain('__Host-authjs.csrf-token');
    for (const name of browser.cookieNames()) expect(name).toMatch(/^__(Secure|Host)-/);
  });
});
