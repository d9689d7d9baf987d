'use server';

import { redirect } from 'next/navigation';
import { echoValues, parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import { fail, type ActionFailure, type ActionResult } from '@/lib/actions/result';
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

type Check = (userId: string, value: string, context: { ip: string }) => Promise<ActionResult<unknown>>;
type ParsedCode = { success: true; code: string } | { success: false; failure: ActionFailure };

/** Both forms: the agent who gave the password, the form parsed, the code checked, the session upgraded. */
async function secondStep(formData: FormData, parse: (formData: FormData) => ParsedCode, check: Check): Promise<ActionResult> {
  const user = await agentAwaitingSecondFactor();
  if (!user) return fail(SESSION_ENDED);
  const returnTo = safeReturnPath(formData.get('retour'));
  if (user.secondFactorVerified) redirect(returnTo ?? homePathFor(user.role));
  const parsed = parse(formData);
  if (!parsed.success) return parsed.failure;
  const result = await check(user.id, parsed.code, await getRequestContext());
  if (!result.ok) return { ...result, values: echoValues(formData) };
  return finish(returnTo);
}

/** « Vérifier »: the code of the authenticator app. */
export async function verifyCodeAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return secondStep(
    formData,
    (data) => {
      const parsed = parseForm(totpCodeSchema, data);
      return parsed.success ? { success: true, code: parsed.data.code } : parsed;
    },
    verifyTotpCode,
  );
}

/** « Valider le code de secours »: one of the recovery codes, which then stops working. */
export async function redeemRecoveryCodeAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return secondStep(
    formData,
    (data) => {
      const parsed = parseForm(recoveryCodeSchema, data);
      return parsed.success ? { success: true, code: parsed.data.recoveryCode } : parsed;
    },
    verifyRecoveryCode,
  );
}
