'use server';

import { redirect } from 'next/navigation';
import { requestEmailChange } from '@/lib/accounts/change-email';
import { changePassword } from '@/lib/accounts/change-password';
import { logOutEverywhere } from '@/lib/accounts/logout-everywhere';
import { updatePersonalData } from '@/lib/accounts/update-personal-data';
import { parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import { failThrottled, type ActionResult } from '@/lib/actions/result';
import { signIn, signOut } from '@/lib/auth/config';
import { requireUser } from '@/lib/auth/session';
import { consumeRequestQuota } from '@/lib/security/throttle';
import { changeEmailSchema, changePasswordSchema, updatePersonalDataSchema } from '@/lib/validation/account';

// Every action authenticates itself: a server action is a public endpoint, whatever the page did.
const PAGE = '/mon-compte/donnees-personnelles';

export async function updatePersonalDataAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser(PAGE);
  const parsed = parseForm(updatePersonalDataSchema, formData);
  if (!parsed.success) return parsed.failure;
  await updatePersonalData(user.id, parsed.data, await getRequestContext());
  redirect(`${PAGE}?succes=donnees`);
}

export async function changeEmailAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser(PAGE);
  const parsed = parseForm(changeEmailSchema, formData);
  if (!parsed.success) return parsed.failure;
  const context = await getRequestContext();
  const quota = await consumeRequestQuota('email-change', { email: parsed.data.newEmail, ...context });
  if (!quota.allowed) return failThrottled(quota.retryAfterSeconds);
  const result = await requestEmailChange(user.id, parsed.data, context);
  if (!result.ok) return result;
  redirect(`${PAGE}?succes=courriel`);
}

export async function changePasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser(PAGE);
  const parsed = parseForm(changePasswordSchema, formData);
  if (!parsed.success) return parsed.failure;
  const result = await changePassword(user.id, parsed.data, await getRequestContext());
  if (!result.ok) return result;
  // The change ended every session, this one too. Signing in again with the new password issues
  // this browser a cookie with the new session version; the other devices stay signed out.
  try {
    await signIn('credentials', { email: user.email, password: parsed.data.newPassword, redirect: false });
  } catch {
    redirect('/connexion?motdepasse=modifie');
  }
  redirect(`${PAGE}?succes=motdepasse`);
}

export async function logoutEverywhereAction(): Promise<void> {
  const user = await requireUser(PAGE);
  await logOutEverywhere(user.id, await getRequestContext());
  await signOut({ redirectTo: '/connexion?deconnexion=partout' });
}
