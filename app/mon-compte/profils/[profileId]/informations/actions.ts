'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requireUser } from '@/lib/auth/session';
import { profilePath, PROFILES_PATH } from '@/lib/profiles/profile-paths';
import { updateProfile } from '@/lib/profiles/update-profile';
import { profileInfoSchema } from '@/lib/validation/profile';

export const updateProfileAction = defineAction({
  access: () => requireUser(PROFILES_PATH),
  schema: profileInfoSchema,
  run: ({ viewer, input, context }) => updateProfile(viewer.id, input, context),
  done: ({ input }) => redirect(`${profilePath(input.profileId)}?succes=modifie`),
});
