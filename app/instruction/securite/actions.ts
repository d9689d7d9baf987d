'use server';

import { redirect } from 'next/navigation';
import { getRequestContext } from '@/lib/actions/request-context';
import type { ActionResult } from '@/lib/actions/result';
import { keepRecoveryCodesToShow } from '@/lib/auth/mfa/recovery-codes-cookie';
import { regenerateRecoveryCodes } from '@/lib/auth/mfa/second-factor';
import { recoveryCodesPathFor } from '@/lib/auth/mfa/second-factor-paths';
import { requireAgent } from '@/lib/auth/session';
import { SECURITY_PATH } from '@/lib/instruction/instruction-paths';

/** « Générer de nouveaux codes de secours » (confirmed): the old ones stop working. */
export async function regenerateRecoveryCodesAction(_previous: ActionResult | null, _formData: FormData): Promise<ActionResult> {
  const user = await requireAgent(SECURITY_PATH);
  const result = await regenerateRecoveryCodes(user.id, await getRequestContext());
  if (!result.ok) return result;
  await keepRecoveryCodesToShow(user.id, result.data?.recoveryCodes ?? []);
  redirect(recoveryCodesPathFor(SECURITY_PATH));
}
