'use server';

import { redirect } from 'next/navigation';
import { echoValues, parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import { fail, type ActionResult } from '@/lib/actions/result';
import { keepRecoveryCodesToShow } from '@/lib/auth/mfa/recovery-codes-cookie';
import { confirmEnrolment, SESSION_ENDED } from '@/lib/auth/mfa/second-factor';
import { recoveryCodesPathFor } from '@/lib/auth/mfa/second-factor-paths';
import { markSessionSecondFactorVerified } from '@/lib/auth/mfa/upgrade-session';
import { safeReturnPath } from '@/lib/auth/return-path';
import { getSessionUser, isAgent } from '@/lib/auth/session';
import { totpCodeSchema } from '@/lib/validation/second-factor';

/** « Activer »: the first code of the app confirms the secret; then the recovery codes, once. */
export async function activateSecondFactorAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await getSessionUser();
  // A session that already gave a second factor does not replace it here (an admin resets it).
  if (!user || !isAgent(user) || user.secondFactorVerified) return fail(SESSION_ENDED);
  const parsed = parseForm(totpCodeSchema, formData);
  if (!parsed.success) return parsed.failure;
  const result = await confirmEnrolment(user.id, parsed.data.code, await getRequestContext());
  if (!result.ok) return { ...result, values: echoValues(formData) };
  // Enrolled with a good code: this session has given its second factor.
  if (!(await markSessionSecondFactorVerified())) return fail(SESSION_ENDED);
  await keepRecoveryCodesToShow(user.id, result.data?.recoveryCodes ?? []);
  redirect(recoveryCodesPathFor(safeReturnPath(formData.get('retour'))));
}
