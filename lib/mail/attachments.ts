import 'server-only';
import type { Readable } from 'node:stream';
import { db } from '@/lib/db';
import { getStorage } from '@/lib/storage';
import type { EmailAttachment } from './outbox';

// An outbox row names its attachments by StoredFile id; the file is read from storage only when
// the email is sent, as a stream (never held whole in memory, never copied into the row).

export type OutgoingAttachment = { filename: string; contentType: string; open: () => Promise<Readable> };

export class AttachmentMissingError extends Error {
  constructor(fileId: string) {
    super(`Pièce jointe introuvable : fichier ${fileId}`);
    this.name = 'AttachmentMissingError';
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

/** The row's attachments, ready to stream; throws AttachmentMissingError (retried) when a file is gone. */
export async function resolveAttachments(stored: unknown): Promise<OutgoingAttachment[]> {
  const attachments = parseAttachments(stored);
  if (attachments.length === 0) return [];
  const files = await db.storedFile.findMany({ where: { id: { in: attachments.map((a) => a.fileId) } }, select: { id: true, key: true, mime: true } });
  return attachments.map((attachment) => {
    const file = files.find((candidate) => candidate.id === attachment.fileId);
    if (!file) throw new AttachmentMissingError(attachment.fileId);
    return { filename: attachment.filename, contentType: file.mime, open: () => getStorage().get(file.key) };
  });
}
