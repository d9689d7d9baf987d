import 'server-only';
import type { Readable } from 'node:stream';
import { isServable } from '@/lib/antivirus/scan-status';
import { db } from '@/lib/db';
import { getStorage } from '@/lib/storage';
import type { EmailAttachment } from './outbox';

// An outbox row names its attachments by StoredFile id; the file is read from storage only when
// the email is sent, as a stream (never held whole in memory, never copied into the row).

export type OutgoingAttachment = { filename: string; contentType: string; open: () => Promise<Readable> };

export class AttachmentMissingError extends Error {
  constructor(fileId: string) {
    super(`Pièce jointe introuvable : fichier ${fileId}`);
    this.name = 'AttachmentMissingError';
  }
}

/** A file still waiting for the antivirus: the email waits too (retried like a missing file). */
export class AttachmentNotScannedError extends Error {
  constructor(fileId: string) {
    super(`Pièce jointe en attente d’analyse antivirus : fichier ${fileId}`);
    this.name = 'AttachmentNotScannedError';
  }
}

function parseAttachments(stored: unknown): EmailAttachment[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((item) =>
    item && typeof item === 'object' && typeof item.filename === 'string' && typeof item.fileId === 'string'
      ? [{ filename: item.filename, fileId: item.fileId }]
      : [],
  );
}

/**
 * The row's attachments, ready to stream; throws AttachmentMissingError or AttachmentNotScannedError
 * (retried) when a file is gone or still being scanned. Like the download routes, only a file the
 * antivirus may serve is sent: an infected one is left out, and the email goes without it.
 */
export async function resolveAttachments(stored: unknown): Promise<OutgoingAttachment[]> {
  const attachments = parseAttachments(stored);
  if (attachments.length === 0) return [];
  const files = await db.storedFile.findMany({
    where: { id: { in: attachments.map((a) => a.fileId) } },
    select: { id: true, key: true, mime: true, scanStatus: true },
  });
  return attachments.flatMap((attachment) => {
    const file = files.find((candidate) => candidate.id === attachment.fileId);
    if (!file) throw new AttachmentMissingError(attachment.fileId);
    if (file.scanStatus === 'PENDING') throw new AttachmentNotScannedError(attachment.fileId);
    if (!isServable(file.scanStatus)) {
      console.warn(`[courriels] pièce jointe ${attachment.fileId} bloquée par l’antivirus (${file.scanStatus}) : le courriel part sans elle.`);
      return [];
    }
    return [{ filename: attachment.filename, contentType: file.mime, open: () => getStorage().get(file.key) }];
  });
}
