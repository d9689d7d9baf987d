'use server';

import { redirect } from 'next/navigation';
import type { z } from 'zod';
import { echoValues, parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import type { ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { requireUser } from '@/lib/auth/session';
import { createShareKey } from '@/lib/profiles/create-share-key';
import { leaveProfile } from '@/lib/profiles/leave-profile';
import { profilePath, PROFILES_PATH } from '@/lib/profiles/profile-paths';
import { promoteMember } from '@/lib/profiles/promote-member';
import { removeMember } from '@/lib/profiles/remove-member';
import { revokeShareKey } from '@/lib/profiles/revoke-share-key';
import { updateMemberFunction } from '@/lib/profiles/update-member-function';
import { memberFunctionSchema, memberTargetSchema, profileTargetSchema, shareKeyTargetSchema } from '@/lib/validation/profile';

// The « Composition » tab's actions. Each one authenticates, parses the posted ids (never
// trusted: the domain checks that the viewer administers that profile, or is a member of it for
// « Quitter le profil »), then redirects to a page that says what happened.

type Domain<S extends z.ZodType<{ profileId: string }>> = (viewerId: string, input: z.output<S>, context: RequestContext) => Promise<ActionResult<unknown>>;

async function runProfileAction<S extends z.ZodType<{ profileId: string }>>(
  schema: S,
  formData: FormData,
  domain: Domain<S>,
  successPath: (profileId: string) => string,
): Promise<ActionResult> {
  const user = await requireUser(PROFILES_PATH);
  const parsed = parseForm(schema, formData);
  if (!parsed.success) return parsed.failure;
  const result = await domain(user.id, parsed.data, await getRequestContext());
  if (!result.ok) return { ...result, values: echoValues(formData) };
  redirect(successPath(parsed.data.profileId));
}

const composition = (succes: string) => (profileId: string) => `${profilePath(profileId, 'composition')}?succes=${succes}`;

export async function createShareKeyAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runProfileAction(profileTargetSchema, formData, createShareKey, composition('partage'));
}

export async function revokeShareKeyAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runProfileAction(shareKeyTargetSchema, formData, revokeShareKey, composition('revoquee'));
}

export async function promoteMemberAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runProfileAction(memberTargetSchema, formData, promoteMember, composition('administrateur'));
}

export async function updateMemberFunctionAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runProfileAction(memberFunctionSchema, formData, updateMemberFunction, composition('fonction'));
}

export async function removeMemberAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runProfileAction(memberTargetSchema, formData, removeMember, composition('retire'));
}

export async function leaveProfileAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runProfileAction(profileTargetSchema, formData, leaveProfile, () => `${PROFILES_PATH}?succes=quitte`);
}
