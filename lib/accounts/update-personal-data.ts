import 'server-only';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import type { UpdatePersonalDataInput } from '@/lib/validation/account';
import type { RequestContext } from '@/lib/actions/request-context';

/** False for an account bound to FranceConnect: its names come from there and are not edited here. */
export async function updatePersonalData(userId: string, input: UpdatePersonalDataInput, context: RequestContext): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId, franceConnectSub: null },
      data: { firstName: input.firstName, lastName: input.lastName },
    });
    if (count !== 1) return false;
    await recordAudit(tx, { actorId: userId, action: 'account.personal-data-updated', targetType: 'User', targetId: userId, ip: context.ip });
    return true;
  });
}
