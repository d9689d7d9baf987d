'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requestProfileDataExport } from '@/lib/data-exports/request-data-export';
import { requireUser } from '@/lib/auth/session';
import { profilePath, PROFILES_PATH } from '@/lib/profiles/profile-paths';
import { updateProfile } from '@/lib/profiles/update-profile';
import { profileInfoSchema, profileTargetSchema } from '@/lib/validation/profile';

export const updateProfileAction = defineAction({
  access: () => requireUser(PROFILES_PATH),
  schema: profileInfoSchema,
  run: ({ viewer, input, context }) => updateProfile(viewer.id, input, context),
  done: ({ input }) => redirect(`${profilePath(input.profileId)}?succes=modifie`),
});

/** The association's archive: its administrators only, checked again in the domain. */
export const requestProfileDataExportAction = defineAction({
  access: () => requireUser(PROFILES_PATH),
  schema: profileTargetSchema,
  run: ({ viewer, input, context }) => requestProfileDataExport(viewer.id, input.profileId, context),
  done: ({ input }) => redirect(`${profilePath(input.profileId)}?succes=archive#mes-donnees`),
});
