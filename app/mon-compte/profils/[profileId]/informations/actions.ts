'use server';

import { redirect } from 'next/navigation';
import { echoValues, parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import type { ActionResult } from '@/lib/actions/result';
import { requireUser } from '@/lib/auth/session';
import { profilePath, PROFILES_PATH } from '@/lib/profiles/profile-paths';
import { updateProfile } from '@/lib/profiles/update-profile';
import { profileInfoSchema } from '@/lib/validation/profile';

export async function updateProfileAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser(PROFILES_PATH);
  const parsed = parseForm(profileInfoSchema, formData);
  if (!parsed.success) return parsed.failure;
  const result = await updateProfile(user.id, parsed.data, await getRequestContext());
  if (!result.ok) return { ...result, values: echoValues(formData) };
  redirect(`${profilePath(parsed.data.profileId)}?succes=modifie`);
}
