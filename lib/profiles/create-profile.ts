import 'server-only';
import { db } from '@/lib/db';
import type { RequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { CreateProfileInput } from '@/lib/validation/profile';

export async function createProfile(viewerId: string, input: CreateProfileInput, context: RequestContext): Promise<{ profileId: string }> {
  const { function: memberFunction, functionDetail, ...info } = input;
  return db.$transaction(async (tx) => {
    const profile = await tx.profile.create({ data: info, select: { id: true } });
    await tx.membership.create({
      data: { profileId: profile.id, userId: viewerId, function: memberFunction, functionDetail, isAdmin: true },
    });
    await recordAudit(tx, {
      actorId: viewerId,
      action: 'profile.create',
      targetType: 'Profile',
      targetId: profile.id,
      ip: context.ip,
      details: { name: info.name, rna: info.rna, siret: info.siret },
    });
    return { profileId: profile.id };
  });
}
