import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { createConfirmedUser, GOOD_PASSWORD, uniqueEmail, uniqueIp } from '@/test/integration/accounts';
import { authorizeCredentials } from '@/lib/auth/authorize-credentials';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { createRateLimitStore } from './rate-limit-store';
import { checkLoginAllowed, consumeRequestQuota, createThrottle, recordLoginFailure, recordLoginSuccess } from './throttle';
import { LOGIN_FAILURES_PER_ADDRESS } from './throttle-rules';

// What another web instance would see: its own pool, its own limiters, the same table.
const otherPool = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
const otherInstance = createThrottle(createRateLimitStore(otherPool));
afterAll(() => otherPool.end());

describe('login throttle', () => {
  it('refuses the 6th attempt, even with the right password, after 5 failures on one account', async () => {
    const user = await createConfirmedUser();
    const ip = uniqueIp();
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await authorizeCredentials({ email: user.email, password: 'Mauvais-Mot9' }, ip)).toEqual({ ok: false, reason: 'refused' });
    }
    const throttled = { ok: false, reason: 'throttled' };
    expect(await authorizeCredentials({ email: user.email, password: GOOD_PASSWORD }, ip)).toEqual(throttled);
    // From another address too: the account itself is blocked.
    expect(await authorizeCredentials({ email: user.email, password: GOOD_PASSWORD }, uniqueIp())).toEqual(throttled);

    const decision = await checkLoginAllowed({ email: user.email, ip });
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    if (!decision.allowed) {
      expect(decision.retryAfterSeconds).toBeGreaterThan(55);
      expect(decision.retryAfterSeconds).toBeLessThanOrEqual(60);
    }
  });

  it('does not lock the other accounts behind an address after a day of typos (CGNAT, a mairie’s public computers)', async () => {
    const ip = uniqueIp();
    const typist = await createConfirmedUser();
    // One person locks their own account (5 typos), others each mistype once or twice: 20 failures.
    for (let attempt = 0; attempt < 5; attempt += 1) await authorizeCredentials({ email: typist.email, password: 'Mauvais-Mot9' }, ip);
    for (let attempt = 0; attempt < 15; attempt += 1) await recordLoginFailure({ email: uniqueEmail(), ip });

    const neighbour = await createConfirmedUser();
    expect(await authorizeCredentials({ email: neighbour.email, password: GOOD_PASSWORD }, ip)).toMatchObject({ ok: true });
    // The account that failed 5 times stays blocked, wherever it signs in from.
    expect(await authorizeCredentials({ email: typist.email, password: GOOD_PASSWORD }, ip)).toEqual({ ok: false, reason: 'throttled' });
  });

  it(`refuses an address past ${LOGIN_FAILURES_PER_ADDRESS.perHour} failures in an hour, whatever the account, until the hour ends`, async () => {
    const ip = uniqueIp();
    for (let attempt = 0; attempt < LOGIN_FAILURES_PER_ADDRESS.perHour - 1; attempt += 1) await recordLoginFailure({ email: uniqueEmail(), ip });
    expect((await checkLoginAllowed({ email: uniqueEmail(), ip })).allowed).toBe(true);

    await otherInstance.recordLoginFailure({ email: uniqueEmail(), ip });
    const decision = await checkLoginAllowed({ email: uniqueEmail(), ip });
    expect(decision).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    if (!decision.allowed) expect(decision.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_FAILURES_PER_ADDRESS.windowSeconds);
    expect((await checkLoginAllowed({ email: uniqueEmail(), ip: uniqueIp() })).allowed).toBe(true);
  });

  it('doubles the wait with each further failure', async () => {
    const email = uniqueEmail();
    for (let attempt = 0; attempt < 6; attempt += 1) await recordLoginFailure({ email, ip: uniqueIp() });
    const decision = await checkLoginAllowed({ email, ip: uniqueIp() });
    expect(decision.allowed).toBe(false);
    if (!decision.allowed) expect(decision.retryAfterSeconds).toBeGreaterThan(115);
  });

  it('forgets the account’s failures after a success, but not the address’s', async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    for (let attempt = 0; attempt < 4; attempt += 1) await recordLoginFailure({ email, ip });
    await recordLoginSuccess({ email, ip });
    await recordLoginFailure({ email, ip });
    expect((await checkLoginAllowed({ email, ip: uniqueIp() })).allowed).toBe(true);

    // One good login does not clear an address that guesses many accounts.
    for (let attempt = 0; attempt < LOGIN_FAILURES_PER_ADDRESS.perHour - 5; attempt += 1) await recordLoginFailure({ email: uniqueEmail(), ip });
    expect((await checkLoginAllowed({ email: uniqueEmail(), ip })).allowed).toBe(false);
  });

  it('is shared between instances: failures counted by one block logins in the other', async () => {
    const email = uniqueEmail();
    const ip = uniqueIp();
    for (let attempt = 0; attempt < 3; attempt += 1) await recordLoginFailure({ email, ip });
    for (let attempt = 0; attempt < 2; attempt += 1) await otherInstance.recordLoginFailure({ email, ip: uniqueIp() });

    expect((await otherInstance.checkLoginAllowed({ email, ip: uniqueIp() })).allowed).toBe(false);
    expect((await checkLoginAllowed({ email, ip: uniqueIp() })).allowed).toBe(false);
  });

  it('lets a correct login through and records it', async () => {
    const user = await createConfirmedUser();
    expect(await authorizeCredentials({ email: user.email, password: GOOD_PASSWORD }, uniqueIp())).toEqual({
      ok: true,
      user: { id: user.id, role: 'USAGER', sessionVersion: user.sessionVersion },
    });
    expect(await db.auditLog.count({ where: { actorId: user.id, action: 'login.success' } })).toBe(1);
  });
});

describe('request quotas', () => {
  it('allows 3 requests per hour for one address, then says how long to wait', async () => {
    const email = uniqueEmail();
    for (let attempt = 0; attempt < 3; attempt += 1) {
      expect(await consumeRequestQuota('password-reset', { email, ip: uniqueIp() })).toEqual({ allowed: true });
    }
    const refused = await consumeRequestQuota('password-reset', { email, ip: uniqueIp() });
    expect(refused).toEqual({ allowed: false, retryAfterSeconds: expect.any(Number) });
    if (!refused.allowed) expect(refused.retryAfterSeconds).toBeGreaterThan(3500);
    // Another kind of request has its own quota.
    expect((await consumeRequestQuota('register', { email, ip: uniqueIp() })).allowed).toBe(true);
  });

  it('allows 10 requests per hour from one address, whatever the emails', async () => {
    const ip = uniqueIp();
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await consumeRequestQuota('register', { email: uniqueEmail(), ip })).allowed).toBe(true);
    }
    expect((await otherInstance.consumeRequestQuota('register', { email: uniqueEmail(), ip })).allowed).toBe(false);
  });
});
