'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { succeed } from '@/lib/actions/result';
import { requireUser } from '@/lib/auth/session';
import { createProfile } from '@/lib/profiles/create-profile';
import { NEW_PROFILE_PATH, profilePath } from '@/lib/profiles/profile-paths';
import { createProfileSchema } from '@/lib/validation/profile';

export const createProfileAction = defineAction({
  access: () => requireUser(NEW_PROFILE_PATH),
  schema: createProfileSchema,
  run: async ({ viewer, input, context }) => succeed(await createProfile(viewer.id, input, context)),
  done: ({ data }) => redirect(`${profilePath(data.profileId)}?succes=cree`),
});
