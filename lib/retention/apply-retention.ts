import 'server-only';
import { retentionConfig } from './retention-config';
import { db } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/audit/record-audit';
import { formatLongDate } from '@/lib/format/date';
import { deleteObjects } from '@/lib/jobs/purge-orphan-files';
import { enqueueEmail, nudgeMailWorker } from '@/lib/mail/outbox';
import { getStorage, type StorageDriver } from '@/lib/storage';
import { ensureAnonymousApplicant } from './anonymous-applicant';
import { deleteDossierContents } from './delete-file-rows';
import { ERASED_FIRST_NAME, ERASED_LAST_NAME, eraseAccount } from './erase-account';
import { daysAfter, daysBefore, formatMonths, monthsAfter, monthsBefore, type RetentionConfig } from './retention-rules';

// The retention rules of docs/rgpd.md, applied by the worker. Every step takes its rows with
// FOR UPDATE SKIP LOCKED (or a guarded UPDATE) in its own transaction: several workers share the
// work without doing anything twice, and a second run finds nothing left to do. Dates are bound
// as wall-clock UTC, like lib/mail/worker.ts. Storage objects are deleted after their rows commit.

export type RetentionCounts = {
  draftReminders: number;
  draftsDeleted: number;
  dossiersAnonymised: number;
  identitiesErased: number;
  inactivityWarnings: number;
  inactiveAccountsDeleted: number;
  filesDeleted: number;
  outboxBodiesPurged: number;
  shareKeysPurged: number;
  throttleRowsPurged: number;
  auditDetailsPurged: number;
  auditRowsDeleted: number;
};

export type ApplyRetentionOptions = { now?: Date; config?: RetentionConfig; storage?: StorageDriver; batchSize?: number };

const EMPTY: RetentionCounts = {
  draftReminders: 0,
  draftsDeleted: 0,
  dossiersAnonymised: 0,
  identitiesErased: 0,
  inactivityWarnings: 0,
  inactiveAccountsDeleted: 0,
  filesDeleted: 0,
  outboxBodiesPurged: 0,
  shareKeysPurged: 0,
  throttleRowsPurged: 0,
  auditDetailsPurged: 0,
  auditRowsDeleted: 0,
};

/** Runs every rule once and records the run (its counts are shown to administrators). */
export async function applyRetention(options: ApplyRetentionOptions = {}): Promise<RetentionCounts> {
  const now = options.now ?? new Date();
  const config = options.config ?? retentionConfig();
  const storage = options.storage ?? getStorage();
  const batchSize = options.batchSize ?? 100;
  const counts: RetentionCounts = { ...EMPTY };
  const storageKeys: string[] = [];

  counts.draftReminders = await remindDrafts(now, config, batchSize);
  const drafts = await deleteExpiredDrafts(now, config, batchSize);
  counts.draftsDeleted = drafts.count;
  storageKeys.push(...drafts.storageKeys);
  const dossiers = await anonymiseExpiredDossiers(now, config, batchSize);
  counts.dossiersAnonymised = dossiers.count;
  storageKeys.push(...dossiers.storageKeys);
  counts.inactivityWarnings = await warnInactiveAccounts(now, config, batchSize);
  const accounts = await deleteInactiveAccounts(now, config, batchSize);
  counts.inactiveAccountsDeleted = accounts.count;
  storageKeys.push(...accounts.storageKeys);
  counts.identitiesErased = await eraseReleasedIdentities(now, batchSize);
  Object.assign(counts, await purgeExpiredRecords(now, config));

  counts.filesDeleted = await deleteObjects(storage, storageKeys);
  await db.retentionRun.create({ data: { startedAt: now, counts: counts as unknown as Prisma.InputJsonObject } });
  if (counts.draftReminders + counts.inactivityWarnings + counts.inactiveAccountsDeleted > 0) nudgeMailWorker();
  return counts;
}

/** Drafts untouched for the delay minus the notice: one reminder, again only if the draft changed since. */
async function remindDrafts(now: Date, config: RetentionConfig, batchSize: number): Promise<number> {
  const cutoff = daysAfter(monthsBefore(now, config.draftMonths), config.draftReminderDays);
  return db.$transaction(async (tx) => {
    const reminded = await tx.$queryRaw<{ id: string; updatedAt: Date; email: string; firstName: string; title: string }[]>`
      WITH due AS (
        SELECT id FROM "Dossier"
        WHERE status = 'BROUILLON' AND "updatedAt" < ${cutoff}::timestamp(3)
          AND ("draftReminderSentAt" IS NULL OR "draftReminderSentAt" < "updatedAt")
        ORDER BY "updatedAt" LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "Dossier" d SET "draftReminderSentAt" = ${now}::timestamp(3)
      FROM due, "User" u, "Procedure" p
      WHERE d.id = due.id AND u.id = d."applicantId" AND p.id = d."procedureId"
      RETURNING d.id, d."updatedAt", u.email, u."firstName", p.title`;
    for (const draft of reminded) {
      // Deleted at the later of: the delay after the last change, the notice after this reminder.
      const deletedOn = new Date(Math.max(monthsAfter(draft.updatedAt, config.draftMonths).getTime(), daysAfter(now, config.draftReminderDays).getTime()));
      await enqueueEmail(tx, {
        template: 'draft-expiring',
        to: draft.email,
        props: { firstName: draft.firstName, procedureTitle: draft.title, deletedOn: formatLongDate(deletedOn), dossierId: draft.id },
      });
    }
    return reminded.length;
  });
}

/** Drafts untouched for the delay whose reminder left the full notice. */
async function deleteExpiredDrafts(now: Date, config: RetentionConfig, batchSize: number): Promise<{ count: number; storageKeys: string[] }> {
  const cutoff = monthsBefore(now, config.draftMonths);
  const remindedBefore = daysBefore(now, config.draftReminderDays);
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Dossier"
      WHERE status = 'BROUILLON' AND "updatedAt" < ${cutoff}::timestamp(3)
        AND "draftReminderSentAt" >= "updatedAt" AND "draftReminderSentAt" <= ${remindedBefore}::timestamp(3)
      ORDER BY "updatedAt" LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED`;
    const ids = due.map((row) => row.id);
    if (ids.length === 0) return { count: 0, storageKeys: [] };
    const storageKeys = await deleteDossierContents(tx, ids);
    await tx.dossier.deleteMany({ where: { id: { in: ids } } });
    await recordAudit(tx, { action: 'retention.drafts-deleted', details: { count: ids.length } });
    return { count: ids.length, storageKeys };
  });
}

/**
 * Decided dossiers whose démarche's « Durée de conservation » has ended: answers, files, messages
 * and notes deleted, history kept without its texts nor the applicant, the row detached from the
 * person (the anonymous applicant) and kept for the statistics.
 */
async function anonymiseExpiredDossiers(now: Date, config: RetentionConfig, batchSize: number): Promise<{ count: number; storageKeys: string[] }> {
  return db.$transaction(async (tx) => {
    const due = await tx.$queryRaw<{ id: string; applicantId: string }[]>`
      SELECT d.id, d."applicantId" FROM "Dossier" d JOIN "Procedure" p ON p.id = d."procedureId"
      WHERE d."anonymizedAt" IS NULL AND d.status IN ('ACCEPTE', 'REFUSE', 'SANS_SUITE') AND d."decidedAt" IS NOT NULL
        AND d."decidedAt" + make_interval(months => COALESCE(p."retentionMonths", ${config.dossierMonths}::int)) <= ${now}::timestamp(3)
      ORDER BY d."decidedAt" LIMIT ${batchSize}
      FOR UPDATE OF d SKIP LOCKED`;
    if (due.length === 0) return { count: 0, storageKeys: [] };
    const ids = due.map((row) => row.id);
    const anonymous = await ensureAnonymousApplicant(tx);
    const storageKeys = await deleteDossierContents(tx, ids);
    await tx.dossierFollow.deleteMany({ where: { dossierId: { in: ids } } });
    for (const { id, applicantId } of due) {
      await tx.dossierEvent.updateMany({ where: { dossierId: id, actorId: applicantId }, data: { actorId: null } });
    }
    await tx.dossierEvent.updateMany({ where: { dossierId: { in: ids } }, data: { message: null } });
    // Detached from the person and from the association: nobody but the statistics reads it.
    await tx.dossier.updateMany({
      where: { id: { in: ids } },
      data: { answers: {}, prefilledAnswers: {}, applicantId: anonymous, profileId: null, anonymizedAt: now, complementDueAt: null },
    });
    await recordAudit(tx, { action: 'retention.dossiers-anonymised', details: { count: ids.length } });
    return { count: ids.length, storageKeys };
  });
}

/** The inactivity measure: the last sign-in, or the creation of an account never signed into. */
const LAST_ACTIVITY = 'COALESCE("lastSignInAt", "createdAt")';

async function warnInactiveAccounts(now: Date, config: RetentionConfig, batchSize: number): Promise<number> {
  const cutoff = monthsBefore(now, config.inactiveAccountMonths);
  return db.$transaction(async (tx) => {
    const warned = await tx.$queryRawUnsafe<{ email: string; firstName: string }[]>(
      `WITH due AS (
        SELECT id FROM "User"
        WHERE role = 'USAGER' AND "deletedAt" IS NULL AND "disabledAt" IS NULL AND ${LAST_ACTIVITY} < $1::timestamp(3)
          AND ("inactivityWarnedAt" IS NULL OR "inactivityWarnedAt" < ${LAST_ACTIVITY})
        ORDER BY ${LAST_ACTIVITY} LIMIT $2
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "User" u SET "inactivityWarnedAt" = $3::timestamp(3) FROM due WHERE u.id = due.id
      RETURNING u.email, u."firstName"`,
      cutoff,
      batchSize,
      now,
    );
    const deletedOn = formatLongDate(daysAfter(now, config.inactiveNoticeDays));
    for (const user of warned) {
      await enqueueEmail(tx, {
        template: 'account-inactive',
        to: user.email,
        props: { firstName: user.firstName, inactiveFor: formatMonths(config.inactiveAccountMonths), deletedOn },
      });
    }
    return warned.length;
  });
}

/** Still inactive the full notice after the warning: deleted as by « Supprimer mon compte ». */
async function deleteInactiveAccounts(now: Date, config: RetentionConfig, batchSize: number): Promise<{ count: number; storageKeys: string[] }> {
  const cutoff = monthsBefore(now, config.inactiveAccountMonths);
  const warnedBefore = daysBefore(now, config.inactiveNoticeDays);
  let count = 0;
  const storageKeys: string[] = [];
  for (let i = 0; i < batchSize; i += 1) {
    const done = await db.$transaction(async (tx) => {
      const [due] = await tx.$queryRawUnsafe<{ id: string }[]>(
        `SELECT id FROM "User"
        WHERE role = 'USAGER' AND "deletedAt" IS NULL AND "disabledAt" IS NULL AND ${LAST_ACTIVITY} < $1::timestamp(3)
          AND "inactivityWarnedAt" >= ${LAST_ACTIVITY} AND "inactivityWarnedAt" <= $2::timestamp(3)
        ORDER BY "inactivityWarnedAt" LIMIT 1
        FOR UPDATE SKIP LOCKED`,
        cutoff,
        warnedBefore,
      );
      if (!due) return false;
      const result = await eraseAccount(tx, due.id, { reason: 'inactive', soleAdmin: 'promote', now, config });
      if (result.ok) storageKeys.push(...result.storageKeys);
      return true;
    });
    if (!done) break;
    count += 1;
  }
  return { count, storageKeys };
}

/** Deleted accounts whose last kept dossier has been anonymised: the name goes too. */
async function eraseReleasedIdentities(now: Date, batchSize: number): Promise<number> {
  return db.$executeRaw`
    UPDATE "User" SET "firstName" = ${ERASED_FIRST_NAME}, "lastName" = ${ERASED_LAST_NAME}, "identityErasedAt" = ${now}::timestamp(3)
    WHERE id IN (
      SELECT u.id FROM "User" u
      WHERE u."deletedAt" IS NOT NULL AND u."identityErasedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "Dossier" d WHERE d."applicantId" = u.id AND d."anonymizedAt" IS NULL)
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    ) AND "identityErasedAt" IS NULL`;
}

/** Records whose purpose has ended: bodies of delivered emails, used share keys, spent throttles, old audit details. */
async function purgeExpiredRecords(now: Date, config: RetentionConfig) {
  const outboxBodiesPurged = await db.$executeRaw`
    UPDATE "OutboxEmail" SET html = '', text = '', attachments = NULL
    WHERE status IN ('SENT', 'FAILED') AND COALESCE("sentAt", "createdAt") < ${daysBefore(now, config.outboxDays)}::timestamp(3)
      AND (html <> '' OR text <> '')`;
  const shareKeyCutoff = daysBefore(now, config.shareKeyDays);
  const shareKeysPurged = await db.$executeRaw`
    UPDATE "ShareKey" SET key = ''
    WHERE key <> '' AND ("activatedAt" <= ${shareKeyCutoff}::timestamp(3) OR "revokedAt" <= ${shareKeyCutoff}::timestamp(3) OR "expiresAt" <= ${shareKeyCutoff}::timestamp(3))`;
  // rate-limiter-flexible stores the end of each throttle as epoch milliseconds.
  const throttleRowsPurged = await db.$executeRaw`DELETE FROM rate_limits WHERE expire IS NOT NULL AND expire < ${BigInt(now.getTime())}`;
  const auditDetailsPurged = await db.$executeRaw`
    UPDATE "AuditLog" SET ip = NULL, details = NULL
    WHERE "createdAt" < ${monthsBefore(now, config.auditDetailsMonths)}::timestamp(3) AND (ip IS NOT NULL OR details IS NOT NULL)`;
  const auditRowsDeleted = await db.$executeRaw`DELETE FROM "AuditLog" WHERE "createdAt" < ${monthsBefore(now, config.auditMonths)}::timestamp(3)`;
  return { outboxBodiesPurged, shareKeysPurged, throttleRowsPurged, auditDetailsPurged, auditRowsDeleted };
}
