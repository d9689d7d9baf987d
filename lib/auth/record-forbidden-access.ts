import 'server-only';
import { getRequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';

// A signed-in person stopped at the door of an area that is not theirs (an applicant in
// /instruction, an instructeur on an administrators' page): written to the journal before the
// 403 (ASVS 16.3.2), with the page they asked for.

export async function recordForbiddenAccess(userId: string, path: string | undefined): Promise<void> {
  const { ip } = await getRequestContext();
  await recordAudit(db, { actorId: userId, action: 'access.forbidden', ip, details: { path: path ?? null } });
}
