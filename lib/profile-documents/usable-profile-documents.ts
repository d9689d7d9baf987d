import 'server-only';
import type { Tx } from '@/lib/db';
import type { Prisma, ProfileDocumentType } from '@/lib/generated/prisma/client';

// What filing for a profile may propose: the current version of a type, still valid, and not
// rejected by an agent (a rejected one would only be rejected again).

export function usableProfileDocumentsWhere(profileId: string, now: Date): Prisma.ProfileDocumentWhereInput {
  return {
    profileId,
    replacedAt: null,
    removedAt: null,
    rejectedAt: null,
    OR: [{ validUntil: null }, { validUntil: { gte: now } }],
    file: { scanStatus: { not: 'INFECTED' } },
  };
}

export async function findUsableProfileDocuments(
  tx: Tx,
  profileId: string,
  types: ProfileDocumentType[],
  now: Date,
): Promise<Map<ProfileDocumentType, { id: string; fileId: string; originalName: string }>> {
  if (types.length === 0) return new Map();
  const rows = await tx.profileDocument.findMany({
    where: { AND: [usableProfileDocumentsWhere(profileId, now), { type: { in: types } }] },
    select: { id: true, type: true, fileId: true, file: { select: { originalName: true } } },
  });
  return new Map(rows.map((row) => [row.type, { id: row.id, fileId: row.fileId, originalName: row.file.originalName }]));
}
