'use server';

import { confirmEmail, type ConfirmedKind } from '@/lib/accounts/confirm-email';
import { parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import type { ActionResult } from '@/lib/actions/result';
import { confirmEmailSchema } from '@/lib/validation/account';

/** POST only: mail scanners open links (GET) and must not confirm anything. */
export async function confirmEmailAction(
  _previous: ActionResult<{ kind: ConfirmedKind }> | null,
  formData: FormData,
): Promise<ActionResult<{ kind: ConfirmedKind }>> {
  const parsed = parseForm(confirmEmailSchema, formData);
  if (!parsed.success) return parsed.failure;
  return confirmEmail(parsed.data.token, await getRequestContext());
}
