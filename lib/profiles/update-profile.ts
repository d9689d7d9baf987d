import 'server-only';
import { db } from '@/lib/db';
import { succeed, type ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { ProfileInfoInput } from '@/lib/validation/profile';
import { authorizeAdmin } from './profile-access';

export async function updateProfile(viewerId: string, input: ProfileInfoInput, context: RequestContext): Promise<ActionResult> {
  const { profileId, ...info } = input;
  return db.$transaction(async (tx) => {
    const access = await authorizeAdmin(tx, { viewerId, profileId, action: 'profile.update', context });
    if (!access.ok) return access;
    await tx.profile.update({ where: { id: profileId }, data: info });
    await recordAudit(tx, {
      actorId: viewerId,
      action: 'profile.update',
      targetType: 'Profile',
      targetId: profileId,
      ip: context.ip,
      details: { fields: Object.keys(info) },
    });
    return succeed();
  });
}
