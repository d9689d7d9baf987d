'use server';

import { confirmEmail } from '@/lib/accounts/confirm-email';
import { anyone, defineAction } from '@/lib/actions/define-action';
import { succeed } from '@/lib/actions/result';
import { confirmEmailSchema } from '@/lib/validation/account';

/** POST only: mail scanners open links (GET) and must not confirm anything. */
export const confirmEmailAction = defineAction({
  access: anyone,
  schema: confirmEmailSchema,
  run: ({ input, context }) => confirmEmail(input.token, context),
  done: ({ data }) => succeed(data),
});
