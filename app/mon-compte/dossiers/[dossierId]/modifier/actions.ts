'use server';

import { refresh } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { succeed, type ActionFailure, type ActionResult } from '@/lib/actions/result';
import { applicantAccess } from '@/lib/dossiers/applicant-access';
import { attachJustificatif } from '@/lib/dossiers/attach-justificatif';
import { deleteDraft } from '@/lib/dossiers/delete-draft';
import { ALREADY_SUBMITTED_CODE } from '@/lib/dossiers/dossier-failures';
import { depositedPath, DOSSIERS_PATH, draftPath } from '@/lib/dossiers/dossier-paths';
import { saveDraft } from '@/lib/dossiers/save-draft';
import { submitDossier } from '@/lib/dossiers/submit-dossier';
import { listSavableJustificatifs } from '@/lib/profile-documents/list-savable-justificatifs';
import { saveJustificatifToProfile } from '@/lib/profile-documents/save-justificatif-to-profile';
import { attachJustificatifSchema, draftFormSchema, draftTargetSchema } from '@/lib/validation/dossier-draft';
import { saveJustificatifToProfileSchema } from '@/lib/validation/profile-document';

const TARGETS = ['dossierId'];

export type DraftFormState = ActionResult<{ savedAt: string }>;

const signedIn = applicantAccess(draftPath);

/** Once deposited, the draft's forms lead to the confirmation (a second tab, a double click). */
function toConfirmationOnceDeposited(failure: ActionFailure, { input }: { input: { dossierId: string } }) {
  if (failure.code === ALREADY_SUBMITTED_CODE) redirect(depositedPath(input.dossierId));
}

export const draftFormAction = defineAction({
  access: signedIn,
  schema: draftFormSchema,
  targets: TARGETS,
  run: async ({ viewer, input: { dossierId, intent, ...answers }, context }) => {
    const saved = await saveDraft(viewer, dossierId, answers);
    if (!saved.ok || intent !== 'submit') return saved;
    const submitted = await submitDossier(viewer, dossierId, saved.data!.version, context);
    if (!submitted.ok) return submitted;
    return saved;
  },
  onRefusal: toConfirmationOnceDeposited,
  done: ({ input, data }): DraftFormState => {
    if (input.intent === 'submit') redirect(depositedPath(input.dossierId));
    return succeed({ savedAt: data.savedAt.toISOString() });
  },
});

/** The form's autosave (JavaScript only): the same save, without a page change. */
export const autosaveDraftAction = defineAction({
  access: signedIn,
  schema: draftFormSchema,
  targets: TARGETS,
  run: ({ viewer, input: { dossierId, intent: _intent, ...answers } }) => saveDraft(viewer, dossierId, answers),
  done: ({ data }): DraftFormState => succeed({ savedAt: data.savedAt.toISOString() }),
});

export const attachJustificatifAction = defineAction({
  access: signedIn,
  schema: attachJustificatifSchema,
  run: ({ viewer, input, context }) => attachJustificatif(viewer, input, context),
  done: async ({ viewer, input, data }) => {
    // A file an administrator may now save to the porte-documents: the page shows its form.
    if ((await listSavableJustificatifs(viewer.id, input.dossierId)).some((item) => item.documentId === input.documentId)) refresh();
    return succeed(data);
  },
});

export const deleteDraftAction = defineAction({
  access: signedIn,
  schema: draftTargetSchema,
  targets: TARGETS,
  run: ({ viewer, input, context }) => deleteDraft(viewer, input.dossierId, context),
  onRefusal: toConfirmationOnceDeposited,
  done: () => redirect(DOSSIERS_PATH),
});

/** « Enregistrer aussi dans les documents de l'association »: the joined file goes to the profile's porte-documents. */
export const saveJustificatifToProfileAction = defineAction({
  access: signedIn,
  schema: saveJustificatifToProfileSchema,
  targets: TARGETS,
  run: ({ viewer, input, context }) => saveJustificatifToProfile(viewer, input, context),
  onRefusal: toConfirmationOnceDeposited,
  done: ({ input }) => redirect(`${draftPath(input.dossierId)}?succes=porte-documents`),
});
