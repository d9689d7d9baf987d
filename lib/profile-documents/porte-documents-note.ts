import { formatShortDate } from '@/lib/format/date';

/** What the applicant and the agent read beside a justificatif joined from the porte-documents. */
export function porteDocumentsNote(validUntil: Date | null): string {
  return validUntil ? `Document du porte-documents, valable jusqu’au ${formatShortDate(validUntil)}` : 'Document du porte-documents de l’association';
}
