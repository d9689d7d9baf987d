'use server';

import { redirect } from 'next/navigation';
import { resetPassword } from '@/lib/accounts/reset-password';
import { anyone, defineAction } from '@/lib/actions/define-action';
import { resetPasswordSchema } from '@/lib/validation/account';

// Public on purpose: the emailed token is the credential (single use, 1 h, stored hashed).
export const resetPasswordAction = defineAction({
  access: anyone,
  schema: resetPasswordSchema,
  run: ({ input, context }) => resetPassword(input, context),
  done: () => redirect('/connexion?motdepasse=modifie'),
});
