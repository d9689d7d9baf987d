'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requireAdmin } from '@/lib/auth/session';
import { RETENTION_PATH } from '@/lib/instruction/instruction-paths';
import { runRetentionNow } from '@/lib/retention/run-retention-now';
import { noFieldsSchema } from '@/lib/validation/account';

export const runRetentionNowAction = defineAction({
  access: () => requireAdmin(RETENTION_PATH),
  schema: noFieldsSchema,
  run: ({ viewer, context }) => runRetentionNow(viewer, context),
  done: () => redirect(`${RETENTION_PATH}?succes=purge`),
});
