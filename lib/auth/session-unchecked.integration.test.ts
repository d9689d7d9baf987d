import { afterEach, describe, expect, it, vi } from 'vitest';
import { createConfirmedUser, GOOD_PASSWORD } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { Browser } from '@/test/integration/auth-browser';

// A database outage must not sign everyone out: next-auth deletes the cookie of a session whose
// callback throws. The session's checks start with one read of the user and the revocation table
// (./session-record): make that read fail as an unreachable database would.
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

afterEach(() => {
  outage.on = false;
});

describe('a session whose checks cannot run', () => {
  it('is kept but marked unchecked, then checked again once the database answers', async () => {
    const user = await createConfirmedUser();
    const browser = new Browser();
    await browser.signIn(user.email, GOOD_PASSWORD);

    outage.on = true;
    const during = await browser.session();
    expect(during.user).toEqual({ id: user.id, role: 'USAGER', secondFactorVerified: false, unchecked: true });
    expect(browser.sessionCookie()?.[1]).toBeTruthy();

    outage.on = false;
    expect((await browser.session()).user).toEqual({ id: user.id, role: 'USAGER', secondFactorVerified: false });
  });

  it('still ends a session revoked meanwhile, once it can be checked', async () => {
    const user = await createConfirmedUser();
    const browser = new Browser();
    await browser.signIn(user.email, GOOD_PASSWORD);
    outage.on = true;
    await browser.session();
    outage.on = false;
    await db.user.update({ where: { id: user.id }, data: { sessionVersion: { increment: 1 } } });
    expect(await browser.session()).toBeNull();
  });
});
