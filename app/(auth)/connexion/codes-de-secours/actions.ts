'use server';

import { redirect } from 'next/navigation';
import type { ActionResult } from '@/lib/actions/result';
import { forgetRecoveryCodesToShow } from '@/lib/auth/mfa/recovery-codes-cookie';
import { homePathFor, safeReturnPath } from '@/lib/auth/return-path';
import { requireAgent } from '@/lib/auth/session';

/** « J’ai noté mes codes »: they are not shown again; on to where the agent was going. */
export async function acknowledgeRecoveryCodesAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const returnTo = safeReturnPath(formData.get('retour'));
  const user = await requireAgent(returnTo ?? undefined);
  await forgetRecoveryCodesToShow();
  redirect(returnTo ?? homePathFor(user.role));
}
