import 'server-only';
import { retentionConfig } from '@/lib/retention/retention-config';
import { db } from '@/lib/db';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import { deleteObjects } from '@/lib/jobs/purge-orphan-files';
import { nudgeMailWorker } from '@/lib/mail/outbox';
import { eraseAccount } from '@/lib/retention/erase-account';
import { getStorage, type StorageDriver } from '@/lib/storage';
import { verifyCurrentPassword } from './verify-current-password';

export const AGENT_CANNOT_DELETE = 'Les comptes des agents sont fermés par un administrateur, depuis l’espace instruction.';

export function soleAdminMessage(profileNames: string[]): string {
  return `Vous êtes le seul administrateur de ${profileNames.map((name) => `« ${name} »`).join(', ')} : nommez d’abord un autre membre administrateur, puis supprimez votre compte.`;
}

/** « Supprimer mon compte », after the password again: see lib/retention/erase-account.ts for what goes and what stays. */
export async function deleteAccount(
  userId: string,
  currentPassword: string,
  context: RequestContext,
  options: { now?: Date; storage?: StorageDriver } = {},
): Promise<ActionResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, passwordHash: true, role: true } });
  if (user.role !== 'USAGER') return fail(AGENT_CANNOT_DELETE);
  const refused = await verifyCurrentPassword(user, currentPassword, 'currentPassword', context);
  if (refused) return refused;
  return eraseOwnAccount(userId, context, options);
}

export const OTHER_FRANCECONNECT_IDENTITY = 'FranceConnect a identifié une autre personne que le titulaire de ce compte : le compte n’est pas supprimé.';

/** The same, proved by FranceConnect instead of the password (an account created by FranceConnect has none it knows). */
export async function deleteAccountWithFranceConnect(
  userId: string,
  franceConnectSub: string,
  context: RequestContext,
  options: { now?: Date; storage?: StorageDriver } = {},
): Promise<ActionResult> {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, franceConnectSub: true } });
  if (user.role !== 'USAGER') return fail(AGENT_CANNOT_DELETE);
  if (!user.franceConnectSub || user.franceConnectSub !== franceConnectSub) {
    await recordAudit(db, { actorId: userId, action: 'account.reauth-refused', targetType: 'User', targetId: userId, ip: context.ip });
    return fail(OTHER_FRANCECONNECT_IDENTITY);
  }
  return eraseOwnAccount(userId, context, options);
}

async function eraseOwnAccount(userId: string, context: RequestContext, options: { now?: Date; storage?: StorageDriver }): Promise<ActionResult> {
  const now = options.now ?? new Date();
  const result = await db.$transaction((tx) =>
    eraseAccount(tx, userId, { reason: 'requested', soleAdmin: 'refuse', now, config: retentionConfig(), ip: context.ip }),
  );
  if (!result.ok) return fail(soleAdminMessage(result.soleAdminOf));
  await deleteObjects(options.storage ?? getStorage(), result.storageKeys);
  nudgeMailWorker();
  return succeed();
}
