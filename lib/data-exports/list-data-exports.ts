import 'server-only';
import { db } from '@/lib/db';
import type { DataExportStatus } from '@/lib/generated/prisma/client';
import type { ServableFile } from '@/lib/files/serve-file';
import { isUuid } from '@/lib/validation/uuid';

// Reads scoped to the requester: an archive is its requester's alone, even for an association
// (another administrator asks for their own). Anything else is null, like a missing one.

export type ListedDataExport = { id: string; status: DataExportStatus; createdAt: Date; expiresAt: Date | null; size: number | null };

/** The requester's archives (personal, or of one profile), newest first; expired ones are left out before the purge removes them. */
export async function listDataExports(requesterId: string, profileId: string | null, now = new Date()): Promise<ListedDataExport[]> {
  const rows = await db.dataExport.findMany({
    where: { requesterId, profileId, OR: [{ status: { not: 'READY' } }, { expiresAt: { gt: now } }] },
    orderBy: { createdAt: 'desc' },
    take: 5,
    select: { id: true, status: true, createdAt: true, expiresAt: true, size: true },
  });
  return rows.map((row) => ({ ...row, size: row.size === null ? null : Number(row.size) }));
}

function archiveName(profileName: string | null, readyAt: Date): string {
  const day = readyAt.toISOString().slice(0, 10);
  const slug = profileName
    ?.normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return profileName ? `guichet-donnees-${slug || 'association'}-${day}.zip` : `guichet-mes-donnees-${day}.zip`;
}

/**
 * The archive, if it is this person's, ready and not expired — and, for an association's, if they
 * still administer it. Null otherwise: the route answers the same 404.
 */
export async function findDownloadableExport(viewerId: string, exportId: string, now = new Date()): Promise<ServableFile | null> {
  if (!isUuid(exportId)) return null;
  const row = await db.dataExport.findFirst({
    where: {
      id: exportId,
      requesterId: viewerId,
      status: 'READY',
      expiresAt: { gt: now },
      OR: [{ profileId: null }, { profile: { memberships: { some: { userId: viewerId, isAdmin: true } } } }],
    },
    select: { key: true, size: true, sha256: true, readyAt: true, profile: { select: { name: true } } },
  });
  if (!row?.key || row.size === null || !row.sha256 || !row.readyAt) return null;
  return {
    key: row.key,
    size: Number(row.size),
    sha256: row.sha256,
    mime: 'application/zip',
    originalName: archiveName(row.profile?.name ?? null, row.readyAt),
  };
}
