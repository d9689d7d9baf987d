import 'server-only';
import { db } from '@/lib/db';
import type { RequestContext } from '@/lib/actions/request-context';
import { succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertAdmin, type Viewer } from '@/lib/procedures/admin-viewer';
import { applyRetention } from './apply-retention';

/** An administrator applies the rules without waiting for the worker's next hourly run (same job, same guards). */
export async function runRetentionNow(viewer: Viewer, context: RequestContext): Promise<ActionResult> {
  await assertAdmin(viewer);
  await recordAudit(db, { actorId: viewer.id, action: 'retention.run-requested', ip: context.ip });
  await applyRetention();
  return succeed();
}
