import 'server-only';
import { db } from '@/lib/db';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import { verifyCurrentPassword } from './verify-current-password';

/**
 * Unbinds FranceConnect from the account, only for someone who knows its password (an account
 * created by FranceConnect has a random one until « Mot de passe oublié » gives it a real one):
 * the account must stay reachable. Its names become editable again.
 */
export async function unlinkFranceConnect(userId: string, currentPassword: string, context: RequestContext): Promise<ActionResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, passwordHash: true, franceConnectSub: true } });
  if (!user.franceConnectSub) return fail('Votre compte n’est pas lié à FranceConnect.');
  const refused = await verifyCurrentPassword(user, currentPassword, 'currentPassword', context);
  if (refused) return refused;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { franceConnectSub: null } });
    await recordAudit(tx, {
      actorId: userId,
      action: 'oidc.unlinked',
      targetType: 'User',
      targetId: userId,
      ip: context.ip,
      details: { provider: 'franceconnect' },
    });
  });
  return succeed();
}
