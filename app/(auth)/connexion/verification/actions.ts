'use server';

import { redirect } from 'next/navigation';
import { echoValues, parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import { fail, type ActionResult } from '@/lib/actions/result';
import { SESSION_ENDED, verifyRecoveryCode, verifyTotpCode } from '@/lib/auth/mfa/second-factor';
import { markSessionSecondFactorVerified } from '@/lib/auth/mfa/upgrade-session';
import { homePathFor, safeReturnPath } from '@/lib/auth/return-path';
import { getSessionUser, isAgent } from '@/lib/auth/session';
import { recoveryCodeSchema, totpCodeSchema } from '@/lib/validation/second-factor';

const UPDATE_FAILED = 'La vérification a réussi mais la session n’a pas pu être mise à jour. Connectez-vous de nouveau.';

/** The agent who gave the password in this session; null otherwise (the action then refuses). */
async function agentAwaitingSecondFactor() {
  const user = await getSessionUser();
  return user && isAgent(user) ? user : null;
}

async function finish(returnTo: string | null): Promise<ActionResult> {
  if (!(await markSessionSecondFactorVerified())) return fail(UPDATE_FAILED);
  redirect(returnTo ?? homePathFor('INSTRUCTEUR'));
}

/** « Vérifier »: the code of the authenticator app. */
export async function verifyCodeAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await agentAwaitingSecondFactor();
  if (!user) return fail(SESSION_ENDED);
  const returnTo = safeReturnPath(formData.get('retour'));
  if (user.secondFactorVerified) redirect(returnTo ?? homePathFor(user.role));
  const parsed = parseForm(totpCodeSchema, formData);
  if (!parsed.success) return parsed.failure;
  const result = await verifyTotpCode(user.id, parsed.data.code, await getRequestContext());
  if (!result.ok) return { ...result, values: echoValues(formData) };
  return finish(returnTo);
}

/** « Valider le code de secours »: one of the recovery codes, which then stops working. */
export async function redeemRecoveryCodeAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await agentAwaitingSecondFactor();
  if (!user) return fail(SESSION_ENDED);
  const returnTo = safeReturnPath(formData.get('retour'));
  if (user.secondFactorVerified) redirect(returnTo ?? homePathFor(user.role));
  const parsed = parseForm(recoveryCodeSchema, formData);
  if (!parsed.success) return parsed.failure;
  const result = await verifyRecoveryCode(user.id, parsed.data.recoveryCode, await getRequestContext());
  if (!result.ok) return { ...result, values: echoValues(formData) };
  return finish(returnTo);
}
