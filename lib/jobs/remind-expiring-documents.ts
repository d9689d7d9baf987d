import 'server-only';
import { db } from '@/lib/db';
import { formatLongDate } from '@/lib/format/date';
import { enqueueEmails, nudgeMailWorker } from '@/lib/mail/outbox';
import { EXPIRY_REMINDER_DAYS, profileDocumentTypeLabel } from '@/lib/profile-documents/document-types';

// 30 days before a porte-documents document stops being valid, its profile's administrators get
// an email, once per version. Safe in several workers at once: each version is claimed by a guarded
// UPDATE (expiryReminderSentAt still null) in the transaction that queues its emails, so exactly
// one worker queues them; a replaced or removed version is never reminded.

const DAY_MS = 24 * 60 * 60 * 1000;

export type RemindExpiringOptions = { now?: () => Date; batchSize?: number };

export async function remindExpiringDocuments(options: RemindExpiringOptions = {}): Promise<{ reminded: number }> {
  const { now = () => new Date(), batchSize = 50 } = options;
  const at = now();
  const due = await db.profileDocument.findMany({
    where: {
      replacedAt: null,
      removedAt: null,
      expiryReminderSentAt: null,
      validUntil: { gt: at, lte: new Date(at.getTime() + EXPIRY_REMINDER_DAYS * DAY_MS) },
    },
    orderBy: { validUntil: 'asc' },
    take: batchSize,
    select: { id: true },
  });
  let reminded = 0;
  for (const { id } of due) {
    const queued = await db.$transaction(async (tx) => {
      const { count } = await tx.profileDocument.updateMany({
        where: { id, expiryReminderSentAt: null, replacedAt: null, removedAt: null },
        data: { expiryReminderSentAt: at },
      });
      if (count === 0) return false;
      const version = await tx.profileDocument.findUniqueOrThrow({
        where: { id },
        select: {
          type: true,
          validUntil: true,
          profile: {
            select: { id: true, name: true, memberships: { where: { isAdmin: true }, select: { user: { select: { email: true, firstName: true } } } } },
          },
        },
      });
      await enqueueEmails(
        tx,
        version.profile.memberships.map(({ user }) => ({
          template: 'profile-document-expiring' as const,
          to: user.email,
          props: {
            firstName: user.firstName,
            profileName: version.profile.name,
            profileId: version.profile.id,
            documentLabel: profileDocumentTypeLabel(version.type),
            validUntil: formatLongDate(version.validUntil!),
          },
        })),
      );
      return true;
    });
    if (queued) reminded += 1;
  }
  if (reminded > 0) nudgeMailWorker();
  return { reminded };
}
