'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requireUser } from '@/lib/auth/session';
import { ADD_OR_JOIN_PATH, PROFILES_PATH } from '@/lib/profiles/profile-paths';
import { redeemShareKey } from '@/lib/profiles/redeem-share-key';
import { joinProfileSchema } from '@/lib/validation/profile';

// The key is the secret: whoever holds it may join (limited by its lifetime and throttling).
export const joinProfileAction = defineAction({
  access: () => requireUser(`${ADD_OR_JOIN_PATH}?rejoindre=1`),
  schema: joinProfileSchema,
  run: ({ viewer, input, context }) => redeemShareKey(viewer.id, input, context),
  done: ({ data }) => redirect(`${PROFILES_PATH}?rejoint=${data.profileId}`),
});
