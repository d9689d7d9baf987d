import 'server-only';
import { db } from '@/lib/db';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ShareKeyTargetInput } from '@/lib/validation/profile';
import { authorizeAdmin } from './profile-access';

export const KEY_NOT_REVOCABLE = 'Cette clé ne peut plus être révoquée : elle a déjà été activée, révoquée, ou elle a expiré.';

export async function revokeShareKey(viewerId: string, { profileId, shareKeyId }: ShareKeyTargetInput, context: RequestContext): Promise<ActionResult> {
  return db.$transaction(async (tx) => {
    const access = await authorizeAdmin(tx, { viewerId, profileId, action: 'share-key.revoke', context });
    if (!access.ok) return access;
    const now = new Date();
    // Guarded like a redemption, so that a key activated a moment ago is not shown as revoked.
    const { count } = await tx.shareKey.updateMany({
      where: { id: shareKeyId, profileId, activatedAt: null, revokedAt: null, expiresAt: { gt: now } },
      data: { revokedAt: now, revokedById: viewerId },
    });
    if (count !== 1) return fail(KEY_NOT_REVOCABLE);
    await recordAudit(tx, {
      actorId: viewerId,
      action: 'share-key.revoke',
      targetType: 'ShareKey',
      targetId: shareKeyId,
      ip: context.ip,
      details: { profileId },
    });
    return succeed();
  });
}
