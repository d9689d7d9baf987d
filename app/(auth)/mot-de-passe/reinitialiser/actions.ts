'use server';

import { requestPasswordReset } from '@/lib/accounts/request-password-reset';
import { parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import { failThrottled, succeed, type ActionResult } from '@/lib/actions/result';
import { consumeRequestQuota } from '@/lib/security/throttle';
import { requestResetSchema } from '@/lib/validation/account';

/** Answers the same whether or not the address has an account. */
export async function requestPasswordResetAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = parseForm(requestResetSchema, formData);
  if (!parsed.success) return parsed.failure;
  const context = await getRequestContext();
  const quota = await consumeRequestQuota('password-reset', { email: parsed.data.email, ...context });
  if (!quota.allowed) return failThrottled(quota.retryAfterSeconds);
  await requestPasswordReset(parsed.data, context);
  return succeed();
}
