'use server';

import { CredentialsSignin } from 'next-auth';
import { redirect } from 'next/navigation';
import { findUserRole } from '@/lib/accounts/find-user-role';
import { resendConfirmation } from '@/lib/accounts/resend-confirmation';
import { anyone, defineAction } from '@/lib/actions/define-action';
import type { RequestContext } from '@/lib/actions/request-context';
import { fail, failThrottled, failWithCode, succeed, type ActionFailure } from '@/lib/actions/result';
import { signIn } from '@/lib/auth/config';
import { secondFactorPathFor } from '@/lib/auth/mfa/second-factor-paths';
import { homePathFor, safeReturnPath } from '@/lib/auth/return-path';
import { checkLoginAllowed, consumeRequestQuota } from '@/lib/security/throttle';
import { loginSchema, resendConfirmationSchema } from '@/lib/validation/account';

const LOGIN_FAILED = 'Courriel ou mot de passe incorrect.';
const UNVERIFIED = 'Vous devez d’abord confirmer votre adresse courriel.';

/** next-auth says why it refused the credentials by the class it throws: put in words here. */
async function explainRefusal(error: CredentialsSignin, email: string, context: RequestContext): Promise<ActionFailure> {
  if (error.code === 'throttled') {
    const gate = await checkLoginAllowed({ email, ...context });
    // The block may have ended between the two checks: then one more try is fine.
    const wait = gate.allowed ? 1 : gate.retryAfterSeconds;
    return failThrottled(wait, 'Trop de tentatives de connexion');
  }
  if (error.code === 'unverified') return failWithCode('unverified', UNVERIFIED);
  // Same words for an unknown address and a wrong password: the form reveals no account.
  return fail(LOGIN_FAILED);
}

export const loginAction = defineAction({
  access: anyone,
  schema: loginSchema,
  run: async ({ input: { email, password }, context }) => {
    try {
      await signIn('credentials', { email, password, redirect: false });
    } catch (error) {
      if (error instanceof CredentialsSignin) return explainRefusal(error, email, context);
      throw error;
    }
    return succeed({ role: await findUserRole(email) });
  },
  done: ({ data: { role }, formData }) => {
    const returnTo = safeReturnPath(formData.get('retour'));
    // An agent's password opens only the second step (which sends to the enrolment if needed).
    if (role === 'INSTRUCTEUR' || role === 'ADMIN') redirect(secondFactorPathFor(true, returnTo));
    redirect(returnTo ?? homePathFor(role ?? 'USAGER'));
  },
});

export const resendConfirmationAction = defineAction({
  access: anyone,
  schema: resendConfirmationSchema,
  run: async ({ input, context }) => {
    const quota = await consumeRequestQuota('confirmation-resend', { email: input.email, ...context });
    if (!quota.allowed) return failThrottled(quota.retryAfterSeconds);
    await resendConfirmation(input, context);
    return succeed();
  },
});
