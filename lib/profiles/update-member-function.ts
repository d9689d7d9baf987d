import 'server-only';
import { db } from '@/lib/db';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { MemberFunctionInput } from '@/lib/validation/profile';
import { findProfileMember, MEMBER_NOT_FOUND } from './find-profile-member';
import { authorizeAdmin } from './profile-access';

export async function updateMemberFunction(viewerId: string, input: MemberFunctionInput, context: RequestContext): Promise<ActionResult> {
  const { profileId, membershipId } = input;
  return db.$transaction(async (tx) => {
    const access = await authorizeAdmin(tx, { viewerId, profileId, action: 'membership.update', context });
    if (!access.ok) return access;
    const member = await findProfileMember(tx, profileId, membershipId);
    if (!member) return fail(MEMBER_NOT_FOUND);
    await tx.membership.update({ where: { id: member.id }, data: { function: input.function, functionDetail: input.functionDetail } });
    await recordAudit(tx, {
      actorId: viewerId,
      action: 'membership.update',
      targetType: 'Membership',
      targetId: member.id,
      ip: context.ip,
      details: { profileId, userId: member.userId, function: input.function },
    });
    return succeed();
  });
}
