'use server';

import { redirect } from 'next/navigation';
import { registerAccount } from '@/lib/accounts/register-account';
import { parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import { failThrottled, type ActionResult } from '@/lib/actions/result';
import { consumeRequestQuota } from '@/lib/security/throttle';
import { registerSchema } from '@/lib/validation/account';

export async function registerAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = parseForm(registerSchema, formData);
  if (!parsed.success) return parsed.failure;
  const context = await getRequestContext();
  const quota = await consumeRequestQuota('register', { email: parsed.data.email, ...context });
  if (!quota.allowed) return failThrottled(quota.retryAfterSeconds);
  await registerAccount(parsed.data, context);
  // The same page whether the address was new or already had an account (no enumeration).
  redirect('/inscription/courriel-envoye');
}
