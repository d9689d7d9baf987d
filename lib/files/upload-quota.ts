import 'server-only';
import { db, type Tx } from '@/lib/db';
import { UNKNOWN_IP } from '@/lib/security/client-ip';
import { formatUploadLimit } from './accepted-files';

// Every upload is kept unattached until a dossier, a message, a document or an association's
// porte-documents uses it, and purged 24 h later if none does: without a quota, one account (or one script with many accounts) could fill
// the storage in a day. Only unattached files count — what people actually use is never limited.
// Checked before the body is read (the size announced by Content-Length), then again while
// recording the file, under a lock per account and per address, so that uploads sent together
// cannot all slip past the first check.

export type UploadQuota = {
  /** Unattached files per account. */
  files: number;
  /** Unattached bytes per account. */
  bytes: number;
  /** Unattached files uploaded from one address in the last 24 h, all accounts together. */
  addressFiles: number;
  /** Unattached bytes uploaded from one address in the last 24 h. */
  addressBytes: number;
};

const MIB = 1024 * 1024;
const DAY_MS = 24 * 60 * 60 * 1000;
/** How many recent uploads of one address are looked at: far above any address quota. */
const ADDRESS_WINDOW_ROWS = 10_000;

export const DEFAULT_UPLOAD_QUOTA: UploadQuota = { files: 50, bytes: 500 * MIB, addressFiles: 300, addressBytes: 3000 * MIB };

export function uploadQuotaFrom(config: {
  UPLOAD_QUOTA_FILES: number;
  UPLOAD_QUOTA_MB: number;
  UPLOAD_QUOTA_ADDRESS_FILES: number;
  UPLOAD_QUOTA_ADDRESS_MB: number;
}): UploadQuota {
  return {
    files: config.UPLOAD_QUOTA_FILES,
    bytes: Math.floor(config.UPLOAD_QUOTA_MB * MIB),
    addressFiles: config.UPLOAD_QUOTA_ADDRESS_FILES,
    addressBytes: Math.floor(config.UPLOAD_QUOTA_ADDRESS_MB * MIB),
  };
}

export type QuotaRefusal = { status: 413 | 429; message: string; retryAfterSeconds?: number };

type Usage = { files: number; bytes: number; oldest: Date | null };

async function accountUsage(client: Tx, ownerId: string): Promise<Usage> {
  const usage = await client.storedFile.aggregate({
    where: { ownerId, attachedAt: null },
    _count: { _all: true },
    _sum: { size: true },
    _min: { createdAt: true },
  });
  return { files: usage._count._all, bytes: usage._sum.size ?? 0, oldest: usage._min.createdAt };
}

async function addressUsage(client: Tx, ip: string, now: Date): Promise<Usage> {
  const uploads = await client.auditLog.findMany({
    where: { action: 'file.uploaded', ip, createdAt: { gte: new Date(now.getTime() - DAY_MS) } },
    orderBy: { createdAt: 'desc' },
    take: ADDRESS_WINDOW_ROWS,
    select: { targetId: true },
  });
  const ids = uploads.flatMap((upload) => (upload.targetId ? [upload.targetId] : []));
  if (ids.length === 0) return { files: 0, bytes: 0, oldest: null };
  const usage = await client.storedFile.aggregate({ where: { id: { in: ids }, attachedAt: null }, _count: { _all: true }, _sum: { size: true } });
  return { files: usage._count._all, bytes: usage._sum.size ?? 0, oldest: null };
}

const countMessage = (files: number, quota: number) =>
  `Vous avez déjà envoyé ${files} fichiers qui ne sont joints à aucun dossier ni message (${quota} au plus). Joignez-les à votre demande, ou attendez leur effacement, 24 heures après leur envoi.`;
const bytesMessage = (quota: number) =>
  `Ce fichier porterait au-delà de ${formatUploadLimit(quota / MIB)} le total de vos fichiers joints à aucun dossier ni message. Joignez à votre demande ceux que vous avez déjà envoyés, ou attendez leur effacement, 24 heures après leur envoi.`;
const ADDRESS_MESSAGE = 'Trop de fichiers ont été envoyés depuis votre connexion sans être joints à un dossier. Réessayez plus tard.';

/**
 * Whether one more file of `incomingBytes` fits. `alreadyCounted` when the new file's row is part
 * of the usage (the check made while recording it).
 */
export async function checkUploadQuota(
  who: { ownerId: string; ip: string },
  incomingBytes: number,
  quota: UploadQuota,
  options: { client?: Tx; alreadyCounted?: boolean; now?: Date } = {},
): Promise<QuotaRefusal | null> {
  const client = options.client ?? (db as unknown as Tx);
  const now = options.now ?? new Date();
  const extraFile = options.alreadyCounted ? 0 : 1;
  const extraBytes = options.alreadyCounted ? 0 : incomingBytes;

  const account = await accountUsage(client, who.ownerId);
  if (account.files + extraFile > quota.files) {
    const freedAt = (account.oldest?.getTime() ?? now.getTime()) + DAY_MS;
    return {
      status: 429,
      message: countMessage(account.files - (options.alreadyCounted ? 1 : 0), quota.files),
      retryAfterSeconds: Math.max(60, Math.ceil((freedAt - now.getTime()) / 1000)),
    };
  }
  if (account.bytes + extraBytes > quota.bytes) return { status: 413, message: bytesMessage(quota.bytes) };

  if (who.ip === UNKNOWN_IP) return null;
  const address = await addressUsage(client, who.ip, now);
  if (address.files + extraFile > quota.addressFiles || address.bytes + extraBytes > quota.addressBytes) {
    return { status: 429, message: ADDRESS_MESSAGE, retryAfterSeconds: 3600 };
  }
  return null;
}

/** Serialises the recording of uploads per account and per address, always in this order (no deadlock). */
export async function lockUploadQuota(tx: Tx, who: { ownerId: string; ip: string }): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`upload-quota:account:${who.ownerId}`}))`;
  if (who.ip !== UNKNOWN_IP) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`upload-quota:address:${who.ip}`}))`;
}
