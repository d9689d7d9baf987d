import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConfirmedUser, GOOD_PASSWORD } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { Browser } from '@/test/integration/auth-browser';
import { auth } from './config';

// The session as pages read it (auth() of lib/auth/config.ts, without next-auth's endpoint) says
// the same as next-auth's own session endpoint, in every case that ends or refuses a session.

type Cookie = { name: string; value: string };
let requestCookies: Cookie[] = [];
vi.mock('next/headers', () => ({ cookies: async () => ({ getAll: () => requestCookies }) }));
// The session's one read (./session-record) failing as an unreachable database would.
const outage = vi.hoisted(() => ({ on: false }));
vi.mock('./session-record', async (importOriginal) => {
  const original = await importOriginal<typeof import('./session-record')>();
  return {
    ...original,
    loadSessionRecord: async (userId: string, sid: string) => {
      if (outage.on) throw new Error("Can't reach database server at 127.0.0.1:5432");
      return original.loadSessionRecord(userId, sid);
    },
  };
});

function sendCookiesOf(browser: Browser) {
  const cookie = browser.sessionCookie();
  requestCookies = cookie ? [{ name: cookie[0], value: cookie[1] }] : [];
}

async function signedIn() {
  const user = await createConfirmedUser();
  const browser = new Browser();
  await browser.signIn(user.email, GOOD_PASSWORD);
  sendCookiesOf(browser);
  return { user, browser };
}

describe('auth() for pages', () => {
  afterEach(() => {
    requestCookies = [];
    outage.on = false;
    vi.unstubAllEnvs();
  });

  it('reads the same session as next-auth’s endpoint, with only id, role and the second factor', async () => {
    const { user, browser } = await signedIn();
    const session = await auth();
    expect(session?.user).toEqual({ id: user.id, role: 'USAGER', secondFactorVerified: false });
    expect(session?.user).toEqual((await browser.session()).user);
  });

  it('reads a cookie split in chunks (.0, .1) in their order, whatever the order they come in', async () => {
    const { user, browser } = await signedIn();
    const [name, value] = browser.sessionCookie() ?? ['', ''];
    const half = Math.floor(value.length / 2);
    requestCookies = [
      { name: `${name}.1`, value: value.slice(half) },
      { name: `${name}.0`, value: value.slice(0, half) },
    ];
    expect((await auth())?.user.id).toBe(user.id);
  });

  it('has no session without a cookie, with an altered cookie, or with another cookie of the same prefix only', async () => {
    expect(await auth()).toBeNull();
    const { browser } = await signedIn();
    const [name, value] = browser.sessionCookie() ?? ['', ''];
    requestCookies = [{ name, value: `${value.slice(0, -4)}AAAA` }];
    expect(await auth()).toBeNull();
    requestCookies = [{ name: `${name}-copie`, value }];
    expect(await auth()).toBeNull();
  });

  it('refuses a copy of the cookie replayed after « Se déconnecter »', async () => {
    const { browser } = await signedIn();
    await browser.copyOf().signOut();
    expect(await auth()).toBeNull();
    expect(await browser.session()).toBeNull();
  });

  it('ends with the session version (password change, log out everywhere) and with a disabled account', async () => {
    const { user } = await signedIn();
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await auth()).toBeNull();

    const other = await signedIn();
    await db.user.update({ where: { id: other.user.id }, data: { disabledAt: new Date() } });
    expect(await auth()).toBeNull();
  });

  it('marks the session unchecked while the database is unreachable, as next-auth’s endpoint does', async () => {
    const { user, browser } = await signedIn();
    outage.on = true;
    expect((await auth())?.user).toEqual({ id: user.id, role: 'USAGER', secondFactorVerified: false, unchecked: true });
    expect((await auth())?.user).toEqual((await browser.session()).user);
  });

  it('in production (https), reads the __Secure- cookie next-auth sets, and only that one', async () => {
    vi.stubEnv('APP_URL', 'https://guichet.departement.fr');
    vi.resetModules();
    const { Browser: HttpsBrowser } = await import('@/test/integration/auth-browser');
    const { auth: httpsAuth } = await import('./config');
    const user = await createConfirmedUser();
    const browser = new HttpsBrowser();
    await browser.signIn(user.email, GOOD_PASSWORD);
    const [name, value] = browser.sessionCookie() ?? ['', ''];
    expect(name).toBe('__Secure-authjs.session-token');
    requestCookies = [{ name, value }];
    expect((await httpsAuth())?.user.id).toBe(user.id);
    // The same value under the plain name is not this site's cookie in production.
    requestCookies = [{ name: 'authjs.session-token', value }];
    expect(await httpsAuth()).toBeNull();
  });
});
