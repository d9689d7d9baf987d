import 'server-only';
import type { RequestContext } from '@/lib/actions/request-context';
import { fail, failOnField, failThrottled, succeed, type ActionFailure, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import { checkSecondFactorAllowed, recordSecondFactorFailure, recordSecondFactorSuccess } from '@/lib/security/throttle';
import { countUnusedRecoveryCodes, replaceRecoveryCodes } from './recovery-code-store';
import { hashRecoveryCode, normalizeRecoveryCode } from './recovery-codes';
import { openSecret, sealSecret } from './secret-box';
import { createTotpSecret, matchTotpStep } from './totp';

// Every wrong code counts towards a per-account block (lib/security/throttle.ts); every outcome is in
// the audit log. Two requests racing with one code: the guarded updates let only one through.

export const WRONG_CODE = 'Ce code n’est pas valide. Saisissez le code affiché en ce moment par votre application d’authentification.';
export const WRONG_RECOVERY_CODE = 'Ce code de secours n’est pas valide ou a déjà été utilisé. Vérifiez-le, ou essayez un autre code.';
export const UNREADABLE_SECRET = 'Votre vérification en deux étapes ne peut plus être utilisée. Demandez à un administrateur de la réinitialiser.';
export const SESSION_ENDED = 'Votre session a expiré. Connectez-vous de nouveau avec votre mot de passe.';
const ALREADY_ENROLLED = 'La vérification en deux étapes est déjà activée sur ce compte.';
const NOT_ENROLLED = 'La vérification en deux étapes n’est pas encore activée sur ce compte.';

type Method = 'totp' | 'recovery-code';

async function refuseWhileBlocked(userId: string, field: string, context: RequestContext): Promise<ActionFailure | null> {
  const gate = await checkSecondFactorAllowed(userId);
  if (gate.allowed) return null;
  await recordAudit(db, { actorId: userId, action: 'mfa.throttled', targetType: 'User', targetId: userId, ip: context.ip });
  const failure = failThrottled(gate.retryAfterSeconds, 'Trop de codes erronés');
  return { ...failure, fieldErrors: { [field]: [failure.message] } };
}

async function refuseCode(userId: string, method: Method, reason: string, field: string, context: RequestContext): Promise<ActionFailure> {
  await recordSecondFactorFailure(userId);
  await recordAudit(db, { actorId: userId, action: 'mfa.failure', targetType: 'User', targetId: userId, ip: context.ip, details: { method, reason } });
  return failOnField(field, method === 'totp' ? WRONG_CODE : WRONG_RECOVERY_CODE);
}

/** Records the step as the last accepted one, unless it (or a later one) already was. */
async function acceptStep(userId: string, step: number): Promise<boolean> {
  const { count } = await db.user.updateMany({
    where: { id: userId, totpEnabledAt: { not: null }, OR: [{ totpLastStep: null }, { totpLastStep: { lt: step } }] },
    data: { totpLastStep: step },
  });
  return count === 1;
}

export async function verifyTotpCode(userId: string, code: string, context: RequestContext): Promise<ActionResult> {
  const blocked = await refuseWhileBlocked(userId, 'code', context);
  if (blocked) return blocked;
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user?.totpSecret || !user.totpEnabledAt) return fail(NOT_ENROLLED);
  const secret = openSecret(user.totpSecret, env.AUTH_SECRET);
  if (!secret) {
    // AUTH_SECRET was rotated: the agent must enrol again (an administrator resets the factor).
    await recordAudit(db, { actorId: userId, action: 'mfa.unreadable-secret', targetType: 'User', targetId: userId, ip: context.ip });
    return failOnField('code', UNREADABLE_SECRET);
  }
  const step = matchTotpStep(secret, code);
  if (step === null) return refuseCode(userId, 'totp', 'wrong-code', 'code', context);
  if (!(await acceptStep(userId, step))) return refuseCode(userId, 'totp', 'replayed-code', 'code', context);
  await recordSecondFactorSuccess(userId);
  await recordAudit(db, { actorId: userId, action: 'mfa.success', targetType: 'User', targetId: userId, ip: context.ip, details: { method: 'totp' } });
  return succeed();
}

/** A recovery code instead of the app's code: it works once. */
export async function verifyRecoveryCode(userId: string, input: string, context: RequestContext): Promise<ActionResult<{ remaining: number }>> {
  const blocked = await refuseWhileBlocked(userId, 'recoveryCode', context);
  if (blocked) return blocked;
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
  if (!user?.totpEnabledAt) return fail(NOT_ENROLLED);
  const code = normalizeRecoveryCode(input);
  const { count } = code
    ? await db.recoveryCode.updateMany({ where: { userId, codeHash: hashRecoveryCode(userId, code), usedAt: null }, data: { usedAt: new Date() } })
    : { count: 0 };
  if (count !== 1) return refuseCode(userId, 'recovery-code', code ? 'unknown-or-used' : 'malformed', 'recoveryCode', context);
  await recordSecondFactorSuccess(userId);
  const remaining = await countUnusedRecoveryCodes(userId);
  await recordAudit(db, {
    actorId: userId,
    action: 'mfa.recovery-code.used',
    targetType: 'User',
    targetId: userId,
    ip: context.ip,
    details: { remaining },
  });
  return succeed({ remaining });
}

/**
 * The secret to show on the enrolment page: the pending one if it can still be read (reloading
 * the page keeps the QR code already scanned), else a new one. Null once enrolled.
 */
export async function startEnrolment(userId: string): Promise<string | null> {
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user || user.totpEnabledAt) return null;
  const pending = user.totpSecret ? openSecret(user.totpSecret, env.AUTH_SECRET) : null;
  if (pending) return pending;
  const secret = createTotpSecret();
  // Guarded: two pages opened at once keep one secret, the one both will show after a reload.
  const { count } = await db.user.updateMany({
    where: { id: userId, totpEnabledAt: null, totpSecret: user.totpSecret },
    data: { totpSecret: sealSecret(secret, env.AUTH_SECRET), totpLastStep: null },
  });
  return count === 1 ? secret : startEnrolment(userId);
}

/** The first good code turns the pending secret on; returns the recovery codes, to show once. */
export async function confirmEnrolment(userId: string, code: string, context: RequestContext): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const blocked = await refuseWhileBlocked(userId, 'code', context);
  if (blocked) return blocked;
  const user = await db.user.findUnique({ where: { id: userId }, select: { totpSecret: true, totpEnabledAt: true } });
  if (!user) return fail(NOT_ENROLLED);
  if (user.totpEnabledAt) return fail(ALREADY_ENROLLED);
  const secret = user.totpSecret ? openSecret(user.totpSecret, env.AUTH_SECRET) : null;
  if (!secret || !user.totpSecret) return fail('La clé de configuration a expiré. Rechargez la page et scannez le nouveau QR code.');
  const step = matchTotpStep(secret, code);
  if (step === null) return refuseCode(userId, 'totp', 'wrong-enrolment-code', 'code', context);
  const recoveryCodes = await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, totpEnabledAt: null, totpSecret: user.totpSecret },
      data: { totpEnabledAt: new Date(), totpLastStep: step },
    });
    if (count !== 1) return null;
    const codes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, { actorId: userId, action: 'mfa.enrolled', targetType: 'User', targetId: userId, ip: context.ip });
    return codes;
  });
  if (!recoveryCodes) return fail(ALREADY_ENROLLED);
  await recordSecondFactorSuccess(userId);
  return succeed({ recoveryCodes });
}

export async function regenerateRecoveryCodes(userId: string, context: RequestContext): Promise<ActionResult<{ recoveryCodes: string[] }>> {
  const recoveryCodes = await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } });
    if (!user?.totpEnabledAt) return null;
    const codes = await replaceRecoveryCodes(tx, userId);
    await recordAudit(tx, { actorId: userId, action: 'mfa.recovery-codes.regenerated', targetType: 'User', targetId: userId, ip: context.ip });
    return codes;
  });
  return recoveryCodes ? succeed({ recoveryCodes }) : fail(NOT_ENROLLED);
}

export type SecondFactorStatus = { enabledAt: Date | null; unusedRecoveryCodes: number };

export async function getSecondFactorStatus(userId: string): Promise<SecondFactorStatus> {
  const [user, unusedRecoveryCodes] = await Promise.all([
    db.user.findUnique({ where: { id: userId }, select: { totpEnabledAt: true } }),
    countUnusedRecoveryCodes(userId),
  ]);
  return { enabledAt: user?.totpEnabledAt ?? null, unusedRecoveryCodes };
}
