import 'server-only';
import { succeed, type ActionResult } from '@/lib/actions/result';
import { db } from '@/lib/db';
import { parseProcedureForm } from '@/lib/procedures/procedure-versions';
import { alreadySubmitted, dossierNotFound } from './dossier-failures';
import { lockApplicantDossier } from './draft-access';
import { keepDraftAnswers } from './draft-answers';

/**
 * Partial answers are allowed (checked at deposit). No history event nor audit row: the form saves
 * itself every few seconds, and a draft is the applicant's alone until deposit.
 */
export async function saveDraft(
  viewer: { id: string },
  dossierId: string,
  answers: Readonly<Record<string, unknown>>,
): Promise<ActionResult<{ version: number; savedAt: Date }>> {
  return db.$transaction(async (tx) => {
    const dossier = await lockApplicantDossier(tx, viewer.id, dossierId);
    if (!dossier) return dossierNotFound();
    if (dossier.status !== 'BROUILLON') return alreadySubmitted();
    const version = await tx.procedureVersion.findUniqueOrThrow({ where: { id: dossier.procedureVersionId }, select: { fields: true, documents: true } });
    const kept = keepDraftAnswers(parseProcedureForm(version).fields, answers);
    const saved = await tx.dossier.update({
      where: { id: dossier.id },
      data: { answers: kept, version: { increment: 1 } },
      select: { version: true, updatedAt: true },
    });
    return succeed({ version: saved.version, savedAt: saved.updatedAt });
  });
}
