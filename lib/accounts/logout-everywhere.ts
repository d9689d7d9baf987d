import 'server-only';
import { db } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import type { RequestContext } from '@/lib/actions/request-context';

export async function logOutEverywhere(userId: string, context: RequestContext): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { actorId: userId, action: 'session.logout-everywhere', targetType: 'User', targetId: userId, ip: context.ip });
  });
}
