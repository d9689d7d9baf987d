'use server';

import { CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { findUserRole } from '@/lib/accounts/find-user-role';
import { resendConfirmation } from '@/lib/accounts/resend-confirmation';
import { echoValues, parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import { fail, failThrottled, succeed, type ActionResult } from '@/lib/actions/result';
import { signIn } from '@/lib/auth/config';
import { secondFactorPathFor } from '@/lib/auth/mfa/second-factor-paths';
import { homePathFor, safeReturnPath } from '@/lib/auth/return-path';
import { checkLoginAllowed, consumeRequestQuota } from '@/lib/security/throttle';
import { loginSchema, resendConfirmationSchema } from '@/lib/validation/account';

const LOGIN_FAILED = 'Courriel ou mot de passe incorrect.';
const UNVERIFIED = 'Vous devez d’abord confirmer votre adresse courriel.';

async function explainRefusal(error: CredentialsSignin, email: string, formData: FormData): Promise<ActionResult> {
  const values = echoValues(formData);
  if (error.code === 'throttled') {
    const gate = await checkLoginAllowed({ email, ...(await getRequestContext()) });
    // The block may have ended between the two checks: then one more try is fine.
    const wait = gate.allowed ? 1 : gate.retryAfterSeconds;
    return { ...failThrottled(wait, 'Trop de tentatives de connexion'), values };
  }
  if (error.code === 'unverified') return { ...fail(UNVERIFIED), code: 'unverified', values };
  // Same words for an unknown address and a wrong password: the form reveals no account.
  return { ...fail(LOGIN_FAILED), values };
}

export async function loginAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = parseForm(loginSchema, formData);
  if (!parsed.success) return parsed.failure;
  const { email, password } = parsed.data;
  try {
    await signIn('credentials', { email, password, redirect: false });
  } catch (error) {
    if (error instanceof CredentialsSignin) return explainRefusal(error, email, formData);
    throw error;
  }
  const role = await findUserRole(email);
  const returnTo = safeReturnPath(formData.get('retour'));
  // An agent's password opens only the second step (which sends to the enrolment if needed).
  if (role === 'INSTRUCTEUR' || role === 'ADMIN') redirect(secondFactorPathFor(true, returnTo));
  redirect(returnTo ?? homePathFor(role ?? 'USAGER'));
}

/** « Renvoyer le courriel de confirmation », offered after a login refused as 'unverified'. */
export async function resendConfirmationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = parseForm(resendConfirmationSchema, formData);
  if (!parsed.success) return parsed.failure;
  const context = await getRequestContext();
  const quota = await consumeRequestQuota('confirmation-resend', { email: parsed.data.email, ...context });
  if (!quota.allowed) return failThrottled(quota.retryAfterSeconds);
  await resendConfirmation(parsed.data, context);
  return succeed();
}
