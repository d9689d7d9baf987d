import 'server-only';
import { db } from '@/lib/db';
import { processingTimeOf, type ProcessingTime } from '@/lib/procedures/processing-time';
import { isUuid } from '@/lib/validation/uuid';

export type DepositConfirmation = {
  id: string;
  number: string;
  procedureTitle: string;
  /** The démarche's indicative processing time, as it is now; null when not stated. */
  processingTime: ProcessingTime | null;
  receiptFileId: string | null;
  submittedAt: Date;
};

export async function getDepositConfirmation(viewer: { id: string }, dossierId: string): Promise<DepositConfirmation | null> {
  if (!isUuid(dossierId)) return null;
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, applicantId: viewer.id, status: { not: 'BROUILLON' } },
    select: {
      id: true,
      number: true,
      receiptFileId: true,
      submittedAt: true,
      procedure: { select: { title: true, processingTime: true, processingTimeUnit: true } },
    },
  });
  if (!dossier?.number || !dossier.submittedAt) return null;
  return {
    id: dossier.id,
    number: dossier.number,
    procedureTitle: dossier.procedure.title,
    processingTime: processingTimeOf(dossier.procedure.processingTime, dossier.procedure.processingTimeUnit),
    receiptFileId: dossier.receiptFileId,
    submittedAt: dossier.submittedAt,
  };
}
