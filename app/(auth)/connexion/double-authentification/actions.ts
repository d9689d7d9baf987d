'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { fail } from '@/lib/actions/result';
import { keepRecoveryCodesToShow } from '@/lib/auth/mfa/recovery-codes-cookie';
import { confirmEnrolment, SESSION_ENDED } from '@/lib/auth/mfa/second-factor';
import { recoveryCodesPathFor } from '@/lib/auth/mfa/second-factor-paths';
import { markSessionSecondFactorVerified } from '@/lib/auth/mfa/upgrade-session';
import { safeReturnPath } from '@/lib/auth/return-path';
import { getSessionUser, isAgent } from '@/lib/auth/session';
import { totpCodeSchema } from '@/lib/validation/second-factor';

/** The agent who gave the password; a session that already gave a second factor does not replace it here (an admin resets it). */
async function agentToEnrol() {
  const user = await getSessionUser();
  return user && isAgent(user) && !user.secondFactorVerified ? user : null;
}

export const activateSecondFactorAction = defineAction({
  access: agentToEnrol,
  schema: totpCodeSchema,
  run: async ({ viewer, input, context }) => (viewer ? confirmEnrolment(viewer.id, input.code, context) : fail(SESSION_ENDED)),
  done: async ({ viewer, data, formData }) => {
    if (!viewer || !(await markSessionSecondFactorVerified())) return fail(SESSION_ENDED);
    await keepRecoveryCodesToShow(viewer.id, data?.recoveryCodes ?? []);
    redirect(recoveryCodesPathFor(safeReturnPath(formData.get('retour'))));
  },
});
