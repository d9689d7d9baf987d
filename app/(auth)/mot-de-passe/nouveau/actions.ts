'use server';

import { redirect } from 'next/navigation';
import { resetPassword } from '@/lib/accounts/reset-password';
import { parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import type { ActionResult } from '@/lib/actions/result';
import { resetPasswordSchema } from '@/lib/validation/account';

export async function resetPasswordAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = parseForm(resetPasswordSchema, formData);
  if (!parsed.success) return parsed.failure;
  const result = await resetPassword(parsed.data, await getRequestContext());
  if (!result.ok) return result;
  redirect('/connexion?motdepasse=modifie');
}
