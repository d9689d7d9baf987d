// Pure: the answer form (browser) and answer-complement.ts (server) name the same errors.

export type RejectedAttachment = { attachmentId: string; documentId: string; label: string; reason: string | null };

/** The name of the answer's error for a document: the answer form shows it on that document's file field. */
export function rejectedFieldName(documentId: string): string {
  return `justificatif-${documentId}`;
}

export function replaceBeforeTransmitting(label: string): string {
  return `Remplacez le justificatif rejeté « ${label} » avant de transmettre votre réponse.`;
}
