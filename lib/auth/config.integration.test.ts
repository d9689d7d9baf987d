import { describe, expect, it } from 'vitest';
import { createConfirmedUser, GOOD_PASSWORD } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { Browser } from '@/test/integration/auth-browser';

// The next-auth configuration through its own HTTP endpoints, as a browser would use them:
// what the cookie holds, what the session exposes, and that a session can be ended.

describe('next-auth configuration', () => {
  it('issues an HttpOnly, SameSite=Lax cookie valid 12 hours, and a session with only id and role', async () => {
    const user = await createConfirmedUser();
    const browser = new Browser();
    const response = await browser.signIn(user.email, GOOD_PASSWORD);

    // On APP_URL, not on the host the request reached (lib/auth/next-auth-endpoints.integration.test.ts);
    // Next.js's request object writes a loopback address as localhost.
    expect(response.headers.get('location')).toBe(`${env.APP_URL.replace('//127.0.0.1', '//localhost')}/mon-compte`);
    const setCookie = response.headers.getSetCookie().find((header) => header.includes('session-token'));
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    const expires = new Date(/Expires=([^;]+)/.exec(setCookie ?? '')?.[1] ?? 0).getTime();
    expect(Math.abs(expires - Date.now() - 12 * 3600 * 1000)).toBeLessThan(60_000);

    const session = await browser.session();
    expect(session.user).toEqual({ id: user.id, role: 'USAGER', secondFactorVerified: false });
  });

  it('refuses a copy of the cookie replayed after « Se déconnecter », but not other sessions', async () => {
    const user = await createConfirmedUser();
    const laptop = new Browser();
    const phone = new Browser();
    await laptop.signIn(user.email, GOOD_PASSWORD);
    await phone.signIn(user.email, GOOD_PASSWORD);
    const stolen = laptop.copyOf();

    await laptop.signOut();
    expect(laptop.sessionCookie()).toBeUndefined();
    expect(await stolen.session()).toBeNull();
    expect((await phone.session()).user.id).toBe(user.id);
  });

  it('ends every session when the session version is bumped (password change, reset, log out everywhere)', async () => {
    const user = await createConfirmedUser();
    const browser = new Browser();
    await browser.signIn(user.email, GOOD_PASSWORD);
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await browser.session()).toBeNull();
  });

  it('ends the session of a disabled account', async () => {
    const user = await createConfirmedUser();
    const browser = new Browser();
    await browser.signIn(user.email, GOOD_PASSWORD);
    await db.user.update({ where: { id: user.id }, data: { disabledAt: new Date() } });
    expect(await browser.session()).toBeNull();
  });

  it('tells a throttled or unconfirmed login apart, and nothing else', async () => {
    const user = await createConfirmedUser();
    const browser = new Browser();
    const refused = await browser.signIn(user.email, 'Mauvais-Mot9');
    expect(refused.headers.get('location')).toMatch(/\/connexion\?error=CredentialsSignin&code=credentials$/);
    for (let attempt = 0; attempt < 4; attempt += 1) await browser.signIn(user.email, 'Mauvais-Mot9');
    const throttled = await browser.signIn(user.email, GOOD_PASSWORD);
    expect(throttled.headers.get('location')).toMatch(/code=throttled$/);

    const unconfirmed = await db.user.update({ where: { id: (await createConfirmedUser()).id }, data: { emailVerifiedAt: null } });
    const response = await new Browser().signIn(unconfirmed.email, GOOD_PASSWORD);
    expect(response.headers.get('location')).toMatch(/code=unverified$/);
  });
});
