import 'server-only';
import { db } from '@/lib/db';
import { succeed, type ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import { authorizeAdmin } from './profile-access';
import { generateShareKey, hashShareKey, normaliseShareKey } from './share-key-code';
import { shareKeyExpiry } from './share-key-status';

export async function createShareKey(
  viewerId: string,
  { profileId }: { profileId: string },
  context: RequestContext,
): Promise<ActionResult<{ shareKeyId: string }>> {
  return db.$transaction(async (tx) => {
    const access = await authorizeAdmin(tx, { viewerId, profileId, action: 'share-key.create', context });
    if (!access.ok) return access;
    const key = generateShareKey();
    const createdAt = new Date();
    const shareKey = await tx.shareKey.create({
      data: {
        profileId,
        key,
        keyHash: hashShareKey(normaliseShareKey(key)!),
        createdById: viewerId,
        createdAt,
        expiresAt: shareKeyExpiry(createdAt),
      },
      select: { id: true },
    });
    // The key itself stays out of the journal.
    await recordAudit(tx, {
      actorId: viewerId,
      action: 'share-key.create',
      targetType: 'ShareKey',
      targetId: shareKey.id,
      ip: context.ip,
      details: { profileId },
    });
    return succeed({ shareKeyId: shareKey.id });
  });
}
