'use server';

import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { echoValues } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import { requireUser } from '@/lib/auth/session';
import { attachJustificatif } from '@/lib/dossiers/attach-justificatif';
import { deleteDraft } from '@/lib/dossiers/delete-draft';
import { NOT_FOUND_CODE } from '@/lib/actions/result';
import { ALREADY_SUBMITTED_CODE } from '@/lib/dossiers/dossier-failures';
import { depositedPath, draftPath } from '@/lib/dossiers/dossier-paths';
import { saveDraft } from '@/lib/dossiers/save-draft';
import { submitDossier } from '@/lib/dossiers/submit-dossier';

// Every action authenticates itself and takes the dossier id from the post: the domain checks
// that the draft is the viewer's (404 otherwise) and keeps only the answers of its form.

const dossierIdSchema = z.uuid();
const RESERVED = new Set(['dossierId', 'intent']);

function readDossierId(formData: FormData): string {
  const parsed = dossierIdSchema.safeParse(formData.get('dossierId'));
  if (!parsed.success) notFound();
  return parsed.data;
}

function readAnswers(formData: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(echoValues(formData)).filter(([name]) => !RESERVED.has(name)));
}

/** Where a refusal of the domain leads: 404 for a dossier that is not the viewer's, the confirmation once deposited. */
function followRefusal(result: { code?: string }, dossierId: string): void {
  if (result.code === NOT_FOUND_CODE) notFound();
  if (result.code === ALREADY_SUBMITTED_CODE) redirect(depositedPath(dossierId));
}

export type DraftFormState = ActionResult<{ savedAt: string }>;

/** « Enregistrer le brouillon » and « Déposer » (the button pressed is `intent`). */
export async function draftFormAction(_previous: DraftFormState | null, formData: FormData): Promise<DraftFormState> {
  const dossierId = readDossierId(formData);
  const user = await requireUser(draftPath(dossierId));
  const answers = readAnswers(formData);
  const saved = await saveDraft(user, dossierId, answers);
  if (!saved.ok) {
    followRefusal(saved, dossierId);
    return { ...saved, values: answers };
  }
  if (formData.get('intent') !== 'deposer') return succeed({ savedAt: saved.data!.savedAt.toISOString() });

  const submitted = await submitDossier(user, dossierId, saved.data!.version, await getRequestContext());
  if (!submitted.ok) {
    followRefusal(submitted, dossierId);
    return { ...submitted, values: answers };
  }
  redirect(depositedPath(dossierId));
}

/** The form's autosave (JavaScript only): the same save, without a page change. */
export async function autosaveDraftAction(formData: FormData): Promise<DraftFormState> {
  const dossierId = readDossierId(formData);
  const user = await requireUser(draftPath(dossierId));
  const saved = await saveDraft(user, dossierId, readAnswers(formData));
  if (!saved.ok) return saved;
  return succeed({ savedAt: saved.data!.savedAt.toISOString() });
}

const attachSchema = z.object({ dossierId: z.uuid(), documentId: z.string().min(1).max(60), fileId: z.uuid() });

/** After a file was uploaded to /api/fichiers: joins it to the draft as that document. */
export async function attachJustificatifAction(input: { dossierId: string; documentId: string; fileId: string }): Promise<ActionResult<{ name: string }>> {
  const parsed = attachSchema.safeParse(input);
  if (!parsed.success) return fail('Ce fichier n’a pas pu être joint. Choisissez-le à nouveau.');
  const user = await requireUser(draftPath(parsed.data.dossierId));
  return attachJustificatif(user, parsed.data, await getRequestContext());
}

export async function deleteDraftAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const dossierId = readDossierId(formData);
  const user = await requireUser(draftPath(dossierId));
  const result = await deleteDraft(user, dossierId, await getRequestContext());
  if (!result.ok) {
    followRefusal(result, dossierId);
    return result;
  }
  redirect('/mon-compte/dossiers');
}
