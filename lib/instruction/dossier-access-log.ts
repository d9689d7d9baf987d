import 'server-only';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { DossierAccessKind } from '@/lib/generated/prisma/client';
import { formatShortDate } from '@/lib/format/date';

// The agents' access log (issue 19, item 5; docs/decisions/028-rgpd-export-and-access-log.md).
// Written by the pages and the file routes, after their own access check; read by
// administrators only (the page checks the role, and so does readDossierAccessLog).

/** An agent who opens several tabs of one dossier in a row leaves one row, not one per page. */
export const PAGE_ACCESS_WINDOW_MS = 5 * 60 * 1000;

/**
 * One statement: the row is inserted unless this agent already has a page row for this dossier
 * within the window (an index seek on (agentId, dossierId, createdAt)). Two renders racing may
 * both insert: a duplicate row is harmless, a missing one is not.
 */
export async function recordDossierPageAccess(agentId: string, dossierId: string, now = new Date()): Promise<void> {
  const since = new Date(now.getTime() - PAGE_ACCESS_WINDOW_MS);
  // Dates bound as UTC wall-clock values, like Prisma's timestamp(3) columns (lib/mail/worker.ts).
  await db.$executeRaw`
    INSERT INTO "DossierAccess" (id, "dossierId", "agentId", kind, "createdAt")
    SELECT ${randomUUID()}::uuid, ${dossierId}::uuid, ${agentId}::uuid, 'PAGE'::"DossierAccessKind", ${now}::timestamp(3)
    WHERE NOT EXISTS (
      SELECT 1 FROM "DossierAccess"
      WHERE "agentId" = ${agentId}::uuid AND "dossierId" = ${dossierId}::uuid AND kind = 'PAGE' AND "createdAt" > ${since}::timestamp(3)
    )`;
}

/** Every download is its own act: always one row. */
export async function recordDossierFileAccess(agentId: string, dossierId: string, fileId: string, now = new Date()): Promise<void> {
  await db.dossierAccess.create({ data: { agentId, dossierId, fileId, kind: 'FILE', createdAt: now } });
}

export type DossierAccessRow = {
  id: string;
  createdAt: Date;
  kind: DossierAccessKind;
  agent: { firstName: string; lastName: string; email: string };
  /** The file's name while it exists; null once deleted, or for a page. */
  fileName: string | null;
  fileId: string | null;
};

export class NotAnAdministratorError extends Error {
  constructor() {
    super('Seuls les administrateurs consultent le journal des consultations.');
    this.name = 'NotAnAdministratorError';
  }
}

/** Newest first. Throws for anyone but an administrator: the page's own check is not the only one. */
export async function readDossierAccessLog(viewer: { role: string }, dossierId: string, limit = 500): Promise<DossierAccessRow[]> {
  if (viewer.role !== 'ADMIN') throw new NotAnAdministratorError();
  const rows = await db.dossierAccess.findMany({
    where: { dossierId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, createdAt: true, kind: true, fileId: true, agent: { select: { firstName: true, lastName: true, email: true } } },
  });
  const fileIds = [...new Set(rows.flatMap((row) => (row.fileId ? [row.fileId] : [])))];
  const files = fileIds.length ? await db.storedFile.findMany({ where: { id: { in: fileIds } }, select: { id: true, originalName: true } }) : [];
  const names = new Map(files.map((file) => [file.id, file.originalName]));
  return rows.map((row) => ({ ...row, fileName: row.fileId ? (names.get(row.fileId) ?? null) : null }));
}

/**
 * For the applicant's « Historique »: the first consultation of each day (Paris time), without
 * who. Unscoped: call it after findDossierForViewer. Empty unless the Département shows them
 * (DOSSIER_ACCESS_SHOWN_TO_APPLICANT, passed by the caller).
 */
export async function unsafeListServiceConsultations(dossierId: string, shown: boolean): Promise<Date[]> {
  if (!shown) return [];
  const rows = await db.dossierAccess.findMany({ where: { dossierId }, orderBy: { createdAt: 'asc' }, select: { createdAt: true } });
  const days = new Map<string, Date>();
  for (const row of rows) {
    const day = formatShortDate(row.createdAt);
    if (!days.has(day)) days.set(day, row.createdAt);
  }
  return [...days.values()];
}

/** For the file routes, once the file is found and cleared: an agent's download of a dossier's file is logged. */
export async function recordAgentDownload(viewer: { id: string; role?: string }, file: { id: string; dossierId: string | null }): Promise<void> {
  const isAgent = viewer.role === 'INSTRUCTEUR' || viewer.role === 'ADMIN';
  if (isAgent && file.dossierId) await recordDossierFileAccess(viewer.id, file.dossierId, file.id);
}
