'use server';

import { deleteAccount } from '@/lib/accounts/delete-account';
import { succeed } from '@/lib/actions/result';
import { startFranceConnectReauth } from '@/lib/auth/oidc/handlers';
import { defineAction } from '@/lib/actions/define-action';
import { signOut } from '@/lib/auth/config';
import { requireUser } from '@/lib/auth/session';
import { deleteAccountSchema, noFieldsSchema } from '@/lib/validation/account';

// Acts on the signed-in person's own account: no id is read from the form.
export const deleteAccountAction = defineAction({
  access: () => requireUser('/mon-compte/donnees-personnelles/supprimer-mon-compte'),
  schema: deleteAccountSchema,
  run: ({ viewer, input, context }) => deleteAccount(viewer.id, input.currentPassword, context),
  done: () => signOut({ redirectTo: '/connexion?compte=supprime' }),
});

// The same, proved at FranceConnect: the callback (lib/auth/oidc/handlers.ts) deletes the account.
export const deleteAccountWithFranceConnectAction = defineAction({
  access: () => requireUser('/mon-compte/donnees-personnelles/supprimer-mon-compte'),
  schema: noFieldsSchema,
  run: async () => succeed(),
  done: ({ viewer }) => startFranceConnectReauth(viewer.id),
});
