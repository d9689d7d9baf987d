'use server';

import { requestPasswordReset } from '@/lib/accounts/request-password-reset';
import { anyone, defineAction } from '@/lib/actions/define-action';
import { failThrottled, succeed } from '@/lib/actions/result';
import { consumeRequestQuota } from '@/lib/security/throttle';
import { requestResetSchema } from '@/lib/validation/account';

/** Answers the same whether or not the address has an account. */
export const requestPasswordResetAction = defineAction({
  access: anyone,
  schema: requestResetSchema,
  run: async ({ input, context }) => {
    const quota = await consumeRequestQuota('password-reset', { email: input.email, ...context });
    if (!quota.allowed) return failThrottled(quota.retryAfterSeconds);
    await requestPasswordReset(input, context);
    return succeed();
  },
});
