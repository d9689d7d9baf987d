import 'server-only';
import type { Tx } from '@/lib/db';
import { recordAudit } from '@/lib/audit/record-audit';
import { deletedAccountEmail } from '@/lib/mail/deleted-account-address';
import { enqueueEmail } from '@/lib/mail/outbox';
import { formatLongDate } from '@/lib/format/date';
import { deleteDossierContents, deleteFileRows } from './delete-file-rows';
import { dossierRetentionEnd, type RetentionConfig } from './retention-rules';

export type EraseAccountReason = 'requested' | 'inactive';

export type EraseAccountResult = { ok: true; storageKeys: string[]; draftsDeleted: number; keptDossiers: number } | { ok: false; soleAdminOf: string[] };

export const ERASED_FIRST_NAME = 'Compte';
export const ERASED_LAST_NAME = 'supprimé';

/**
 * « Supprimer mon compte » and the inactivity rule, in the caller's transaction: drafts deleted
 * with their files, profiles left, every way to sign in removed, sessions ended (disabledAt and a
 * new session version), the confirmation email queued to the address being erased. Deposited
 * dossiers stay for the Département's legal duty, with the person's name, until their retention
 * ends (apply-retention.ts then erases the name). Returns the storage keys to delete after commit.
 *
 * `soleAdmin`: `refuse` (the person must first name another administrator, as when leaving a
 * profile) or `promote` (the inactivity rule: the longest-standing other member becomes administrator).
 */
export async function eraseAccount(
  tx: Tx,
  userId: string,
  options: { reason: EraseAccountReason; soleAdmin: 'refuse' | 'promote'; now: Date; config: RetentionConfig; ip?: string },
): Promise<EraseAccountResult> {
  const { now, config } = options;
  // Locks the account: two deletions (the person and the worker) are decided in turn.
  const [user] = await tx.$queryRaw<{ id: string; email: string; firstName: string; deletedAt: Date | null }[]>`
    SELECT id, email, "firstName", "deletedAt" FROM "User" WHERE id = ${userId}::uuid FOR UPDATE`;
  if (!user || user.deletedAt) return { ok: true, storageKeys: [], draftsDeleted: 0, keptDossiers: 0 };

  const adminships = await tx.membership.findMany({ where: { userId, isAdmin: true }, select: { profileId: true, profile: { select: { name: true } } } });
  if (adminships.length > 0) {
    // Same lock as leaving a profile (lib/profiles/profile-access.ts): a promotion in progress is seen.
    await tx.$queryRaw`SELECT id FROM "Profile" WHERE id = ANY(${adminships.map((a) => a.profileId)}::uuid[]) ORDER BY id FOR UPDATE`;
  }
  const soleAdminOf: { profileId: string; name: string }[] = [];
  for (const { profileId, profile } of adminships) {
    const otherAdmins = await tx.membership.count({ where: { profileId, isAdmin: true, userId: { not: userId } } });
    const otherMembers = await tx.membership.count({ where: { profileId, userId: { not: userId } } });
    if (otherAdmins === 0 && otherMembers > 0) soleAdminOf.push({ profileId, name: profile.name });
  }
  if (soleAdminOf.length > 0 && options.soleAdmin === 'refuse') return { ok: false, soleAdminOf: soleAdminOf.map((p) => p.name) };
  for (const { profileId } of soleAdminOf) {
    const successor = await tx.membership.findFirst({ where: { profileId, userId: { not: userId } }, orderBy: { joinedAt: 'asc' }, select: { id: true } });
    if (successor) await tx.membership.update({ where: { id: successor.id }, data: { isAdmin: true } });
  }
  await tx.membership.deleteMany({ where: { userId } });

  const drafts = await tx.dossier.findMany({ where: { applicantId: userId, status: 'BROUILLON' }, select: { id: true } });
  const draftIds = drafts.map((d) => d.id);
  const storageKeys = await deleteDossierContents(tx, draftIds);
  await tx.dossier.deleteMany({ where: { id: { in: draftIds } } });
  // Uploads not attached to anything yet, and documents sent to the person outside any dossier.
  const looseDocuments = await tx.issuedDocument.findMany({ where: { recipientUserId: userId, dossierId: null }, select: { id: true, fileId: true } });
  await tx.issuedDocument.deleteMany({ where: { id: { in: looseDocuments.map((d) => d.id) } } });
  const unattached = await tx.storedFile.findMany({ where: { ownerId: userId, attachedAt: null }, select: { id: true } });
  storageKeys.push(...(await deleteFileRows(tx, [...unattached.map((f) => f.id), ...looseDocuments.map((d) => d.fileId)])));
  // « Télécharger mes données »: the archives asked for hold everything this deletion removes.
  const exports = await tx.dataExport.findMany({ where: { requesterId: userId }, select: { id: true, key: true } });
  await tx.dataExport.deleteMany({ where: { id: { in: exports.map((e) => e.id) } } });
  storageKeys.push(...exports.flatMap((e) => (e.key ? [e.key] : [])));

  const kept = await tx.dossier.findMany({
    where: { applicantId: userId, anonymizedAt: null },
    select: { decidedAt: true, procedure: { select: { retentionMonths: true } } },
  });
  await tx.userToken.deleteMany({ where: { userId } });
  await tx.oidcTicket.deleteMany({ where: { userId } });
  await tx.recoveryCode.deleteMany({ where: { userId } });
  await tx.user.update({
    where: { id: userId },
    data: {
      email: deletedAccountEmail(userId),
      passwordHash: '!',
      franceConnectSub: null,
      proConnectSub: null,
      totpSecret: null,
      totpEnabledAt: null,
      disabledAt: now,
      deletedAt: now,
      sessionVersion: { increment: 1 },
      // Nothing left that needs the name: erased now; otherwise when the last dossier is anonymised.
      ...(kept.length === 0 ? { firstName: ERASED_FIRST_NAME, lastName: ERASED_LAST_NAME, identityErasedAt: now } : {}),
    },
  });

  // The latest known end; a dossier still being instructed is kept until its decision plus the delay.
  const ends = kept.flatMap((d) => (d.decidedAt ? [dossierRetentionEnd(d.decidedAt, d.procedure, config)] : []));
  const undecided = kept.some((d) => !d.decidedAt);
  const lastEnd = ends.length > 0 ? new Date(Math.max(...ends.map((d) => d.getTime()))) : null;
  await enqueueEmail(tx, {
    template: 'account-deleted',
    to: user.email,
    props: {
      firstName: user.firstName,
      reason: options.reason,
      draftsDeleted: draftIds.length,
      keptDossiers: kept.length,
      keptUntil: lastEnd ? formatLongDate(lastEnd) : null,
      keptUntilDecision: undecided,
    },
  });
  await recordAudit(tx, {
    actorId: options.reason === 'requested' ? userId : null,
    action: options.reason === 'requested' ? 'account.deleted' : 'account.deleted-inactive',
    targetType: 'User',
    targetId: userId,
    ip: options.ip,
    details: { draftsDeleted: draftIds.length, keptDossiers: kept.length, promotedIn: soleAdminOf.length },
  });
  return { ok: true, storageKeys, draftsDeleted: draftIds.length, keptDossiers: kept.length };
}
