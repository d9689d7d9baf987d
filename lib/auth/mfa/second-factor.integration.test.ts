import { decode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { GOOD_PASSWORD, tokenSentTo, uniqueIp } from '@/test/integration/accounts';
import { requestPasswordReset } from '@/lib/accounts/request-password-reset';
import { resetPassword } from '@/lib/accounts/reset-password';
import { db } from '@/lib/db';
import { createUserWithRole } from '@/test/integration/follow-up';
import { env } from '@/lib/env';
import { Browser } from '@/test/integration/auth-browser';
import { hashRecoveryCode } from './recovery-codes';
import {
  confirmEnrolment,
  regenerateRecoveryCodes,
  startEnrolment,
  verifyRecoveryCode,
  verifyTotpCode,
  WRONG_CODE,
  WRONG_RECOVERY_CODE,
} from './second-factor';
import { secondFactorProof } from './session-proof';
import { stepAt, totpCodeAt } from './totp';

const context = () => ({ ip: uniqueIp() });

function auditActions(userId: string) {
  return db.auditLog.findMany({
    where: { targetId: userId, action: { startsWith: 'mfa.' } },
    orderBy: { createdAt: 'asc' },
    select: { action: true, details: true },
  });
}

/** A code different from `code` (wrong for sure). */
function otherThan(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

/** An instructeur who enrolled: their secret (as in their app) and recovery codes. */
async function enrolledAgent() {
  const agent = await createUserWithRole('INSTRUCTEUR');
  const secret = (await startEnrolment(agent.id)) as string;
  // Enrolment used the previous step, so the current step is still free for the tests.
  const result = await confirmEnrolment(agent.id, totpCodeAt(secret, stepAt(Date.now()) - 1), context());
  if (!result.ok || !result.data) throw new Error('enrolment failed');
  return { ...agent, secret, recoveryCodes: result.data.recoveryCodes };
}

describe('enrolment', () => {
  it('stores a sealed, pending secret until a first good code, then ten hashed recovery codes', async () => {
    const agent = await createUserWithRole('INSTRUCTEUR');
    const secret = await startEnrolment(agent.id);
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const pending = await db.user.findUniqueOrThrow({ where: { id: agent.id }, select: { totpSecret: true, totpEnabledAt: true } });
    expect(pending.totpEnabledAt).toBeNull();
    expect(pending.totpSecret).not.toContain(secret as string);
    // Reloading the page shows the secret already scanned.
    expect(await startEnrolment(agent.id)).toBe(secret);

    const now = stepAt(Date.now());
    const wrong = await confirmEnrolment(agent.id, otherThan(totpCodeAt(secret as string, now)), context());
    expect(wrong).toMatchObject({ ok: false, fieldErrors: { code: [WRONG_CODE] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: agent.id } })).totpEnabledAt).toBeNull();

    const confirmed = await confirmEnrolment(agent.id, totpCodeAt(secret as string, now), context());
    expect(confirmed.ok).toBe(true);
    const codes = confirmed.ok ? (confirmed.data?.recoveryCodes ?? []) : [];
    expect(codes).toHaveLength(10);
    const enrolled = await db.user.findUniqueOrThrow({ where: { id: agent.id } });
    expect(enrolled.totpEnabledAt).toBeInstanceOf(Date);
    expect(enrolled.totpLastStep).toBe(now);
    const stored = await db.recoveryCode.findMany({ where: { userId: agent.id }, select: { codeHash: true, usedAt: true } });
    expect(stored.map((row) => row.codeHash).sort()).toEqual(codes.map((code) => hashRecoveryCode(agent.id, code)).sort());
    expect(stored.every((row) => row.usedAt === null)).toBe(true);

    // Once enrolled: no new secret, no second enrolment.
    expect(await startEnrolment(agent.id)).toBeNull();
    expect((await confirmEnrolment(agent.id, totpCodeAt(secret as string, now + 1), context())).ok).toBe(false);
    expect((await auditActions(agent.id)).map((entry) => entry.action)).toEqual(['mfa.failure', 'mfa.enrolled']);
  });
});

describe('verifyTotpCode', () => {
  it('accepts the current code once: the same code, or an older one, is refused afterwards', async () => {
    const agent = await enrolledAgent();
    const now = stepAt(Date.now());
    expect(await verifyTotpCode(agent.id, totpCodeAt(agent.secret, now), context())).toEqual({ ok: true });
    const replayed = await verifyTotpCode(agent.id, totpCodeAt(agent.secret, now), context());
    expect(replayed).toMatchObject({ ok: false, fieldErrors: { code: [WRONG_CODE] } });
    expect((await verifyTotpCode(agent.id, totpCodeAt(agent.secret, now - 1), context())).ok).toBe(false);
    // The next step (one step of drift) is still fine.
    expect((await verifyTotpCode(agent.id, totpCodeAt(agent.secret, now + 1), context())).ok).toBe(true);
    const reasons = (await auditActions(agent.id)).filter((entry) => entry.action === 'mfa.failure').map((entry) => entry.details);
    expect(reasons).toEqual([
      { method: 'totp', reason: 'replayed-code' },
      { method: 'totp', reason: 'replayed-code' },
    ]);
  });

  it('lets only one of two concurrent uses of one code pass', async () => {
    const agent = await enrolledAgent();
    const code = totpCodeAt(agent.secret, stepAt(Date.now()));
    const results = await Promise.all([verifyTotpCode(agent.id, code, context()), verifyTotpCode(agent.id, code, context())]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
  });

  it('blocks the account after 5 wrong codes, even for the right code, with a French wait', async () => {
    const agent = await enrolledAgent();
    const right = totpCodeAt(agent.secret, stepAt(Date.now()));
    for (let attempt = 0; attempt < 5; attempt += 1) {
      expect(await verifyTotpCode(agent.id, otherThan(right), context())).toMatchObject({ ok: false, message: WRONG_CODE });
    }
    const blocked = await verifyTotpCode(agent.id, right, context());
    expect(blocked).toMatchObject({ ok: false, message: 'Trop de codes erronés. Réessayez dans 1 minute.' });
    expect(blocked).toMatchObject({ fieldErrors: { code: ['Trop de codes erronés. Réessayez dans 1 minute.'] } });
    // Recovery codes are behind the same block.
    expect((await verifyRecoveryCode(agent.id, agent.recoveryCodes[0], context())).ok).toBe(false);
    expect(await db.recoveryCode.count({ where: { userId: agent.id, usedAt: { not: null } } })).toBe(0);
    const actions = (await auditActions(agent.id)).map((entry) => entry.action);
    expect(actions.filter((action) => action === 'mfa.failure')).toHaveLength(5);
    expect(actions.filter((action) => action === 'mfa.throttled')).toHaveLength(2);
  });
});

describe('recovery codes', () => {
  it('work once, however typed; a used or unknown code is refused', async () => {
    const agent = await enrolledAgent();
    const [first, second] = agent.recoveryCodes;
    expect(await verifyRecoveryCode(agent.id, first.toLowerCase().replace('-', ' '), context())).toEqual({ ok: true, data: { remaining: 9 } });
    expect(await verifyRecoveryCode(agent.id, first, context())).toMatchObject({ ok: false, fieldErrors: { recoveryCode: [WRONG_RECOVERY_CODE] } });
    expect((await verifyRecoveryCode(agent.id, 'ABCD-EFGH', context())).ok).toBe(false);
    // Another agent's code does not open this account.
    const other = await enrolledAgent();
    expect((await verifyRecoveryCode(agent.id, other.recoveryCodes[0], context())).ok).toBe(false);
    expect((await verifyRecoveryCode(agent.id, second, context())).ok).toBe(true);
    expect((await auditActions(agent.id)).filter((entry) => entry.action === 'mfa.recovery-code.used').map((entry) => entry.details)).toEqual([
      { remaining: 9 },
      { remaining: 8 },
    ]);
  });

  it('let only one of two concurrent uses of one code pass', async () => {
    const agent = await enrolledAgent();
    const code = agent.recoveryCodes[3];
    const results = await Promise.all([1, 2, 3].map(() => verifyRecoveryCode(agent.id, code, context())));
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(await db.recoveryCode.count({ where: { userId: agent.id, usedAt: { not: null } } })).toBe(1);
  });

  it('are all replaced by « Générer de nouveaux codes de secours »', async () => {
    const agent = await enrolledAgent();
    const regenerated = await regenerateRecoveryCodes(agent.id, context());
    const fresh = regenerated.ok ? (regenerated.data?.recoveryCodes ?? []) : [];
    expect(fresh).toHaveLength(10);
    expect((await verifyRecoveryCode(agent.id, agent.recoveryCodes[0], context())).ok).toBe(false);
    expect((await verifyRecoveryCode(agent.id, fresh[0], context())).ok).toBe(true);
    expect(await db.recoveryCode.count({ where: { userId: agent.id } })).toBe(10);
    // Nothing to regenerate without a second factor.
    expect((await regenerateRecoveryCodes((await createUserWithRole('INSTRUCTEUR')).id, context())).ok).toBe(false);
  });
});

describe('the session claim « second factor verified »', () => {
  async function sidOf(browser: Browser): Promise<string> {
    const [name, value] = browser.sessionCookie() ?? ['', ''];
    const token = await decode({ token: value, secret: env.AUTH_SECRET, salt: name });
    return token?.sid as string;
  }

  it('is false after the password, and a client cannot set it through the session endpoint', async () => {
    const agent = await enrolledAgent();
    const browser = new Browser();
    await browser.signIn(agent.email, GOOD_PASSWORD);
    expect((await browser.session()).user).toEqual({ id: agent.id, role: 'INSTRUCTEUR', secondFactorVerified: false });

    for (const forged of [{ secondFactorVerified: true }, { user: { secondFactorVerified: true } }, { mfa: true }, { secondFactorProof: 'x'.repeat(43) }]) {
      expect((await browser.updateSession(forged)).user.secondFactorVerified).toBe(false);
    }
    // A proof made for another session does not fit this one.
    const other = new Browser();
    await other.signIn(agent.email, GOOD_PASSWORD);
    const otherProof = secondFactorProof(await sidOf(other), env.AUTH_SECRET);
    expect((await browser.updateSession({ secondFactorProof: otherProof })).user.secondFactorVerified).toBe(false);

    // The server's proof for this session does (what the verification action sends).
    const proof = secondFactorProof(await sidOf(browser), env.AUTH_SECRET);
    expect((await browser.updateSession({ secondFactorProof: proof })).user.secondFactorVerified).toBe(true);
    expect((await browser.session()).user.secondFactorVerified).toBe(true);
    expect((await other.session()).user.secondFactorVerified).toBe(false);
  });

  it('is required again after a password reset: the reset ends the session and keeps the second factor', async () => {
    const agent = await enrolledAgent();
    const browser = new Browser();
    await browser.signIn(agent.email, GOOD_PASSWORD);
    await browser.updateSession({ secondFactorProof: secondFactorProof(await sidOf(browser), env.AUTH_SECRET) });
    expect((await browser.session()).user.secondFactorVerified).toBe(true);

    await requestPasswordReset({ email: agent.email }, context());
    const newPassword = 'Nouveau-Jardin-Public9';
    expect(await resetPassword({ token: await tokenSentTo(agent.email, 'reset-password'), password: newPassword }, context())).toEqual({ ok: true });

    expect(await browser.session()).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: agent.id }, select: { totpSecret: true, totpEnabledAt: true } });
    expect(after.totpEnabledAt).toBeInstanceOf(Date);
    expect(after.totpSecret).not.toBeNull();
    expect(await db.recoveryCode.count({ where: { userId: agent.id, usedAt: null } })).toBe(10);

    const again = new Browser();
    await again.signIn(agent.email, newPassword);
    expect((await again.session()).user).toEqual({ id: agent.id, role: 'INSTRUCTEUR', secondFactorVerified: false });
  });
});
