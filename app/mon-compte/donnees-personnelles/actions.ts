'use server';

import { redirect } from 'next/navigation';
import { requestEmailChange } from '@/lib/accounts/change-email';
import { changePassword } from '@/lib/accounts/change-password';
import { logOutEverywhere } from '@/lib/accounts/logout-everywhere';
import { unlinkFranceConnect } from '@/lib/accounts/unlink-franceconnect';
import { updatePersonalData } from '@/lib/accounts/update-personal-data';
import { defineAction } from '@/lib/actions/define-action';
import { requestPersonalDataExport } from '@/lib/data-exports/request-data-export';
import { fail, failThrottled, succeed } from '@/lib/actions/result';
import { signIn, signOut } from '@/lib/auth/config';
import { requireUser } from '@/lib/auth/session';
import { consumeRequestQuota } from '@/lib/security/throttle';
import { changeEmailSchema, changePasswordSchema, noFieldsSchema, unlinkFranceConnectSchema, updatePersonalDataSchema } from '@/lib/validation/account';

// Each action acts on the signed-in person's own account: no id is read from the form.
const PAGE = '/mon-compte/donnees-personnelles';
const signedIn = () => requireUser(PAGE);
const FROM_FRANCECONNECT = 'Votre prénom et votre nom sont transmis par FranceConnect : ils ne se modifient pas ici.';

export const updatePersonalDataAction = defineAction({
  access: signedIn,
  schema: updatePersonalDataSchema,
  run: async ({ viewer, input, context }) => {
    if (!(await updatePersonalData(viewer.id, input, context))) return fail(FROM_FRANCECONNECT);
    return succeed();
  },
  done: () => redirect(`${PAGE}?succes=donnees`),
});

export const changeEmailAction = defineAction({
  access: signedIn,
  schema: changeEmailSchema,
  run: async ({ viewer, input, context }) => {
    const quota = await consumeRequestQuota('email-change', { email: input.newEmail, ...context });
    if (!quota.allowed) return failThrottled(quota.retryAfterSeconds);
    return requestEmailChange(viewer.id, input, context);
  },
  done: () => redirect(`${PAGE}?succes=courriel`),
});

export const changePasswordAction = defineAction({
  access: signedIn,
  schema: changePasswordSchema,
  run: ({ viewer, input, context }) => changePassword(viewer.id, input, context),
  done: async ({ input, data }) => {
    // The change ended every session, this one too. Signing in again with the new password issues
    // this browser a cookie with the new session version; the other devices stay signed out.
    try {
      await signIn('credentials', { email: data.email, password: input.newPassword, redirect: false });
    } catch {
      redirect('/connexion?motdepasse=modifie');
    }
    redirect(`${PAGE}?succes=motdepasse`);
  },
});

export const logoutEverywhereAction = defineAction({
  access: signedIn,
  schema: noFieldsSchema,
  run: async ({ viewer, context }) => {
    await logOutEverywhere(viewer.id, context);
    return succeed();
  },
  done: () => signOut({ redirectTo: '/connexion?deconnexion=partout' }),
});

export const unlinkFranceConnectAction = defineAction({
  access: signedIn,
  schema: unlinkFranceConnectSchema,
  run: ({ viewer, input, context }) => unlinkFranceConnect(viewer.id, input.currentPassword, context),
  done: () => redirect(`${PAGE}?succes=franceconnect`),
});

export const requestDataExportAction = defineAction({
  access: signedIn,
  schema: noFieldsSchema,
  run: ({ viewer, context }) => requestPersonalDataExport(viewer.id, context),
  done: () => redirect(`${PAGE}?succes=archive#mes-donnees`),
});
