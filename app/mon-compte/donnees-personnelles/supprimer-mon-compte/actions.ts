'use server';

import { deleteAccount } from '@/lib/accounts/delete-account';
import { defineAction } from '@/lib/actions/define-action';
import { signOut } from '@/lib/auth/config';
import { requireUser } from '@/lib/auth/session';
import { deleteAccountSchema } from '@/lib/validation/account';

// Acts on the signed-in person's own account: no id is read from the form.
export const deleteAccountAction = defineAction({
  access: () => requireUser('/mon-compte/donnees-personnelles/supprimer-mon-compte'),
  schema: deleteAccountSchema,
  run: ({ viewer, input, context }) => deleteAccount(viewer.id, input.currentPassword, context),
  done: () => signOut({ redirectTo: '/connexion?compte=supprime' }),
});
