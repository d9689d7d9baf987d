'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { succeed } from '@/lib/actions/result';
import { forgetRecoveryCodesToShow } from '@/lib/auth/mfa/recovery-codes-cookie';
import { homePathFor, safeReturnPath } from '@/lib/auth/return-path';
import { requireAgent } from '@/lib/auth/session';
import { noFieldsSchema } from '@/lib/validation/account';

export const acknowledgeRecoveryCodesAction = defineAction({
  access: (formData) => requireAgent(safeReturnPath(formData.get('retour')) ?? undefined),
  schema: noFieldsSchema,
  run: async () => {
    await forgetRecoveryCodesToShow();
    return succeed();
  },
  done: ({ viewer, formData }) => redirect(safeReturnPath(formData.get('retour')) ?? homePathFor(viewer.role)),
});
