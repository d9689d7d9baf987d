import 'server-only';
import { db } from '@/lib/db';
import { isUuid } from '@/lib/validation/uuid';
import type { DossierStatus } from '@/lib/generated/prisma/enums';
import type { ProcedureForm } from '@/lib/procedures/field-definitions';
import { parseProcedureForm } from '@/lib/procedures/procedure-versions';
import { answersAsFormValues, type DraftAnswers } from './draft-answers';
import { prefillNotice, readPrefilledAnswers } from './prefill-answers';

export type DraftForEditing = {
  id: string;
  status: DossierStatus;
  procedure: { title: string; slug: string };
  profileName: string | null;
  form: ProcedureForm;
  answers: DraftAnswers;
  /** Said above the form when some answers were prefilled from the profile or the account. */
  prefillNotice: string | null;
  attachments: Record<string, { name: string; fromProfile: { validUntil: Date | null } | null }>;
  updatedAt: Date;
};

export async function getDraftForEditing(viewer: { id: string }, dossierId: string): Promise<DraftForEditing | null> {
  if (!isUuid(dossierId)) return null;
  const dossier = await db.dossier.findFirst({
    where: { id: dossierId, applicantId: viewer.id },
    select: {
      id: true,
      status: true,
      answers: true,
      prefilledAnswers: true,
      updatedAt: true,
      procedure: { select: { title: true, slug: true } },
      profile: { select: { name: true } },
      procedureVersion: { select: { fields: true, documents: true } },
      attachments: {
        where: { replacedById: null },
        select: { documentId: true, file: { select: { originalName: true } }, profileDocument: { select: { validUntil: true } } },
      },
    },
  });
  if (!dossier) return null;
  return {
    id: dossier.id,
    status: dossier.status,
    procedure: dossier.procedure,
    profileName: dossier.profile?.name ?? null,
    form: parseProcedureForm(dossier.procedureVersion),
    answers: answersAsFormValues(dossier.answers),
    prefillNotice: prefillNotice(readPrefilledAnswers(dossier.prefilledAnswers)),
    attachments: Object.fromEntries(
      dossier.attachments.map((attachment) => [attachment.documentId, { name: attachment.file.originalName, fromProfile: attachment.profileDocument }]),
    ),
    updatedAt: dossier.updatedAt,
  };
}
