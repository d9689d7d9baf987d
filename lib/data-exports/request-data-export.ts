import 'server-only';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import { db, type Tx } from '@/lib/db';
import { authorizeAdmin } from '@/lib/profiles/profile-access';

// « Télécharger mes données »: the request only writes a row; the worker builds the archive
// (lib/jobs/build-data-exports.ts) and emails the requester when it is ready.

/** Each archive streams every file of the account: a few a day are enough, and keep the worker for everyone. */
export const MAX_EXPORTS_PER_DAY = 3;
export const TOO_MANY_EXPORTS = `Vous avez déjà demandé ${MAX_EXPORTS_PER_DAY} archives ces dernières 24 heures : téléchargez la plus récente, ou réessayez demain.`;

export const EXPORT_ALREADY_PENDING = 'Une archive est déjà en préparation : vous recevrez un courriel dès qu’elle sera prête.';

async function createUnlessPending(tx: Tx, requesterId: string, profileId: string | null, context: RequestContext): Promise<ActionResult> {
  // Serialises two clicks of one person: the second sees the first's row.
  await tx.$queryRaw`SELECT id FROM "User" WHERE id = ${requesterId}::uuid FOR UPDATE`;
  const pending = await tx.dataExport.count({ where: { requesterId, profileId, status: 'PENDING' } });
  if (pending > 0) return fail(EXPORT_ALREADY_PENDING);
  const since = new Date(Date.now() - 24 * 60 * 60 * 1000);
  if ((await tx.dataExport.count({ where: { requesterId, profileId, createdAt: { gt: since } } })) >= MAX_EXPORTS_PER_DAY) return fail(TOO_MANY_EXPORTS);
  const created = await tx.dataExport.create({ data: { requesterId, profileId }, select: { id: true } });
  await recordAudit(tx, {
    actorId: requesterId,
    action: 'data-export.requested',
    targetType: profileId ? 'Profile' : 'User',
    targetId: profileId ?? requesterId,
    ip: context.ip,
    details: { exportId: created.id },
  });
  return succeed();
}

/** The signed-in person's own data. */
export async function requestPersonalDataExport(viewerId: string, context: RequestContext): Promise<ActionResult> {
  return db.$transaction((tx) => createUnlessPending(tx, viewerId, null, context));
}

/** An association's data: its administrators only (a member is refused, a stranger gets « introuvable »). */
export async function requestProfileDataExport(viewerId: string, profileId: string, context: RequestContext): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    const access = await authorizeAdmin(tx, { viewerId, profileId, action: 'data-export', context });
    if (!access.ok) return access;
    return createUnlessPending(tx, viewerId, profileId, context);
  });
}
