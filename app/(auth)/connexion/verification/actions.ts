'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { fail } from '@/lib/actions/result';
import { SESSION_ENDED, verifyRecoveryCode, verifyTotpCode } from '@/lib/auth/mfa/second-factor';
import { markSessionSecondFactorVerified } from '@/lib/auth/mfa/upgrade-session';
import { homePathFor, safeReturnPath } from '@/lib/auth/return-path';
import { getSessionUser, isAgent } from '@/lib/auth/session';
import { recoveryCodeSchema, totpCodeSchema } from '@/lib/validation/second-factor';

const UPDATE_FAILED = 'La vérification a réussi mais la session n’a pas pu être mise à jour. Connectez-vous de nouveau.';

/** Null for anyone but an agent awaiting the code; one already verified (second tab, double click) goes on. */
async function agentAwaitingSecondFactor(formData: FormData) {
  const user = await getSessionUser();
  if (!user || !isAgent(user)) return null;
  if (user.secondFactorVerified) redirect(safeReturnPath(formData.get('retour')) ?? homePathFor(user.role));
  return user;
}

async function upgradeSession({ formData }: { formData: FormData }) {
  if (!(await markSessionSecondFactorVerified())) return fail(UPDATE_FAILED);
  redirect(safeReturnPath(formData.get('retour')) ?? homePathFor('INSTRUCTEUR'));
}

export const verifyCodeAction = defineAction({
  access: agentAwaitingSecondFactor,
  schema: totpCodeSchema,
  run: async ({ viewer, input, context }) => (viewer ? verifyTotpCode(viewer.id, input.code, context) : fail(SESSION_ENDED)),
  done: upgradeSession,
});

export const redeemRecoveryCodeAction = defineAction({
  access: agentAwaitingSecondFactor,
  schema: recoveryCodeSchema,
  run: async ({ viewer, input, context }) => (viewer ? verifyRecoveryCode(viewer.id, input.recoveryCode, context) : fail(SESSION_ENDED)),
  done: upgradeSession,
});
