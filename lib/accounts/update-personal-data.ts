import 'server-only';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import type { UpdatePersonalDataInput } from '@/lib/validation/account';
import type { RequestContext } from '@/lib/actions/request-context';

export async function updatePersonalData(userId: string, input: UpdatePersonalDataInput, context: RequestContext): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { firstName: input.firstName, lastName: input.lastName } });
    await recordAudit(tx, { actorId: userId, action: 'account.personal-data-updated', targetType: 'User', targetId: userId, ip: context.ip });
  });
}
