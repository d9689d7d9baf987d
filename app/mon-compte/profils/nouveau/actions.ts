'use server';

import { redirect } from 'next/navigation';
import { parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import type { ActionResult } from '@/lib/actions/result';
import { requireUser } from '@/lib/auth/session';
import { createProfile } from '@/lib/profiles/create-profile';
import { NEW_PROFILE_PATH, profilePath } from '@/lib/profiles/profile-paths';
import { createProfileSchema } from '@/lib/validation/profile';

export async function createProfileAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const user = await requireUser(NEW_PROFILE_PATH);
  const parsed = parseForm(createProfileSchema, formData);
  if (!parsed.success) return parsed.failure;
  const { profileId } = await createProfile(user.id, parsed.data, await getRequestContext());
  redirect(`${profilePath(profileId)}?succes=cree`);
}
