// A share key's status is derived when it is read, so expiry needs no background job.

export const SHARE_KEY_LIFETIME_DAYS = 30;
const DAY_MS = 24 * 60 * 60 * 1000;

export type ShareKeyStatus = 'NOUVELLE' | 'ACTIVEE' | 'REVOQUEE' | 'EXPIREE';

export const SHARE_KEY_STATUS_LABELS: Record<ShareKeyStatus, string> = {
  NOUVELLE: 'Nouvelle',
  ACTIVEE: 'Activée',
  REVOQUEE: 'Révoquée',
  EXPIREE: 'Expirée',
};

type ShareKeyDates = { activatedAt: Date | null; revokedAt: Date | null; expiresAt: Date };

export function shareKeyStatus(key: ShareKeyDates, now: Date = new Date()): ShareKeyStatus {
  if (key.activatedAt) return 'ACTIVEE';
  if (key.revokedAt) return 'REVOQUEE';
  if (key.expiresAt.getTime() <= now.getTime()) return 'EXPIREE';
  return 'NOUVELLE';
}

export function shareKeyExpiry(createdAt: Date): Date {
  return new Date(createdAt.getTime() + SHARE_KEY_LIFETIME_DAYS * DAY_MS);
}
