import 'server-only';
import { db } from '@/lib/db';
import type { ProfileDocumentType } from '@/lib/generated/prisma/enums';
import { EXPIRY_REMINDER_DAYS } from './document-types';

const DAY_MS = 24 * 60 * 60 * 1000;

export type ExpiringDocument = { id: string; type: ProfileDocumentType; validUntil: Date; profile: { id: string; name: string } };

/**
 * « À faire » of an administrator: the current documents of their profiles that stop being valid
 * within the reminder's 30 days, or already have. Members who are not administrators cannot replace them.
 */
export async function listExpiringDocuments(viewerId: string, now = new Date(), take = 5): Promise<{ items: ExpiringDocument[]; total: number }> {
  const where = {
    replacedAt: null,
    removedAt: null,
    validUntil: { lte: new Date(now.getTime() + EXPIRY_REMINDER_DAYS * DAY_MS) },
    profile: { memberships: { some: { userId: viewerId, isAdmin: true } } },
  };
  const [rows, total] = await Promise.all([
    db.profileDocument.findMany({
      where,
      orderBy: [{ validUntil: 'asc' }, { id: 'asc' }],
      take,
      select: { id: true, type: true, validUntil: true, profile: { select: { id: true, name: true } } },
    }),
    db.profileDocument.count({ where }),
  ]);
  return { items: rows.map((row) => ({ ...row, validUntil: row.validUntil! })), total };
}
