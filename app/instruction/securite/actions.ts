'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { keepRecoveryCodesToShow } from '@/lib/auth/mfa/recovery-codes-cookie';
import { regenerateRecoveryCodes } from '@/lib/auth/mfa/second-factor';
import { recoveryCodesPathFor } from '@/lib/auth/mfa/second-factor-paths';
import { requireAgent } from '@/lib/auth/session';
import { SECURITY_PATH } from '@/lib/instruction/instruction-paths';
import { noFieldsSchema } from '@/lib/validation/account';

export const regenerateRecoveryCodesAction = defineAction({
  access: () => requireAgent(SECURITY_PATH),
  schema: noFieldsSchema,
  run: ({ viewer, context }) => regenerateRecoveryCodes(viewer.id, context),
  done: async ({ viewer, data }) => {
    await keepRecoveryCodesToShow(viewer.id, data?.recoveryCodes ?? []);
    redirect(recoveryCodesPathFor(SECURITY_PATH));
  },
});
