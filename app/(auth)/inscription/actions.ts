'use server';

import { redirect } from 'next/navigation';
import { registerAccount } from '@/lib/accounts/register-account';
import { anyone, defineAction } from '@/lib/actions/define-action';
import { failThrottled, succeed } from '@/lib/actions/result';
import { consumeRequestQuota } from '@/lib/security/throttle';
import { registerSchema } from '@/lib/validation/account';

export const registerAction = defineAction({
  access: anyone,
  schema: registerSchema,
  run: async ({ input, context }) => {
    const quota = await consumeRequestQuota('register', { email: input.email, ...context });
    if (!quota.allowed) return failThrottled(quota.retryAfterSeconds);
    await registerAccount(input, context);
    return succeed();
  },
  // The same page whether the address was new or already had an account (no enumeration).
  done: () => redirect('/inscription/courriel-envoye'),
});
