'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requireUser } from '@/lib/auth/session';
import { createShareKey } from '@/lib/profiles/create-share-key';
import { leaveProfile } from '@/lib/profiles/leave-profile';
import { profilePath, PROFILES_PATH } from '@/lib/profiles/profile-paths';
import { promoteMember } from '@/lib/profiles/promote-member';
import { removeMember } from '@/lib/profiles/remove-member';
import { revokeShareKey } from '@/lib/profiles/revoke-share-key';
import { updateMemberFunction } from '@/lib/profiles/update-member-function';
import { memberFunctionSchema, memberTargetSchema, profileTargetSchema, shareKeyTargetSchema } from '@/lib/validation/profile';

const signedIn = () => requireUser(PROFILES_PATH);
const backToComposition =
  (succes: string) =>
  ({ input }: { input: { profileId: string } }) =>
    redirect(`${profilePath(input.profileId, 'composition')}?succes=${succes}`);

export const createShareKeyAction = defineAction({
  access: signedIn,
  schema: profileTargetSchema,
  run: ({ viewer, input, context }) => createShareKey(viewer.id, input, context),
  done: backToComposition('partage'),
});

export const revokeShareKeyAction = defineAction({
  access: signedIn,
  schema: shareKeyTargetSchema,
  run: ({ viewer, input, context }) => revokeShareKey(viewer.id, input, context),
  done: backToComposition('revoquee'),
});

export const promoteMemberAction = defineAction({
  access: signedIn,
  schema: memberTargetSchema,
  run: ({ viewer, input, context }) => promoteMember(viewer.id, input, context),
  done: backToComposition('administrateur'),
});

export const updateMemberFunctionAction = defineAction({
  access: signedIn,
  schema: memberFunctionSchema,
  run: ({ viewer, input, context }) => updateMemberFunction(viewer.id, input, context),
  done: backToComposition('fonction'),
});

export const removeMemberAction = defineAction({
  access: signedIn,
  schema: memberTargetSchema,
  run: ({ viewer, input, context }) => removeMember(viewer.id, input, context),
  done: backToComposition('retire'),
});

export const leaveProfileAction = defineAction({
  access: signedIn,
  schema: profileTargetSchema,
  run: ({ viewer, input, context }) => leaveProfile(viewer.id, input, context),
  done: () => redirect(`${PROFILES_PATH}?succes=quitte`),
});
