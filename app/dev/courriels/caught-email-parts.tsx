import type { OutboxStatus } from '@/lib/generated/prisma/client';

// Shared by the catcher's list and detail pages.

const dateTime = new Intl.DateTimeFormat('fr-FR', {
  dateStyle: 'short',
  timeStyle: 'medium',
  // The department's time, whatever the server's.
  timeZone: 'Europe/Paris',
});

/** 29/11/2026 11:03:16 */
export function formatDateTime(date: Date): string {
  return dateTime.format(date);
}

const statusTags: Record<OutboxStatus, { label: string; className: string }> = {
  PENDING: { label: 'En attente', className: 'tag tag-neutral' },
  SENT: { label: 'Envoyé', className: 'tag tag-success' },
  FAILED: { label: 'Échec', className: 'tag tag-error' },
};

export function EmailStatusTag({ status }: { status: OutboxStatus }) {
  const { label, className } = statusTags[status];
  return <span className={className}>{label}</span>;
}
