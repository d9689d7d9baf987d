'use server';

import { redirect } from 'next/navigation';
import { echoValues, parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import type { ActionResult } from '@/lib/actions/result';
import { requireUser } from '@/lib/auth/session';
import { ADD_OR_JOIN_PATH, PROFILES_PATH } from '@/lib/profiles/profile-paths';
import { redeemShareKey } from '@/lib/profiles/redeem-share-key';
import { joinProfileSchema } from '@/lib/validation/profile';

export async function joinProfileAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser(`${ADD_OR_JOIN_PATH}?rejoindre=1`);
  const parsed = parseForm(joinProfileSchema, formData);
  if (!parsed.success) return parsed.failure;
  const result = await redeemShareKey(user.id, parsed.data, await getRequestContext());
  // Refilled for the page without JavaScript, which re-renders the form from this state.
  if (!result.ok) return { ...result, values: echoValues(formData) };
  redirect(`${PROFILES_PATH}?rejoint=${result.data!.profileId}`);
}
