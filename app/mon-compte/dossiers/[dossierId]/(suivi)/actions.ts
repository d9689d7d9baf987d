'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { succeed } from '@/lib/actions/result';
import { answerComplement } from '@/lib/dossiers/answer-complement';
import { applicantAccess } from '@/lib/dossiers/applicant-access';
import { dossierPath } from '@/lib/dossiers/dossier-paths';
import { postDossierMessage } from '@/lib/dossiers/post-dossier-message';
import { replaceRejectedAttachment } from '@/lib/dossiers/replace-rejected-attachment';
import { complementAnswerSchema, postMessageSchema, replaceAttachmentSchema } from '@/lib/validation/dossier-follow-up';

const TARGETS = ['dossierId', 'attachmentId'];

/** The dossier's pages show what changed: its tabs share the layout's data. */
function backTo(dossierId: string, page: string): never {
  revalidatePath(dossierPath(dossierId), 'layout');
  redirect(`${dossierPath(dossierId)}${page}`);
}

export const replaceRejectedAttachmentAction = defineAction({
  access: applicantAccess((dossierId) => `${dossierPath(dossierId)}/justificatifs`),
  schema: replaceAttachmentSchema,
  targets: TARGETS,
  run: ({ viewer, input, context }) => replaceRejectedAttachment(viewer, { attachmentId: input.attachmentId, fileId: input.fileId }, context),
  // The dossier the replaced file belongs to, not the posted one.
  done: ({ data }) => backTo(data.dossierId, '/justificatifs?succes=remplace'),
});

/** From the answer form: the file field joins the replacement at once; the page stays (its tab count refreshes). */
export const replaceRejectedInAnswerAction = defineAction({
  access: applicantAccess(dossierPath),
  schema: replaceAttachmentSchema,
  targets: TARGETS,
  run: ({ viewer, input, context }) => replaceRejectedAttachment(viewer, { attachmentId: input.attachmentId, fileId: input.fileId }, context),
  done: ({ data }) => {
    revalidatePath(dossierPath(data.dossierId), 'layout');
    return succeed();
  },
});

export const postDossierMessageAction = defineAction({
  access: applicantAccess((dossierId) => `${dossierPath(dossierId)}/echanges`),
  schema: postMessageSchema,
  targets: TARGETS,
  run: ({ viewer, input, context }) => postDossierMessage(viewer, { dossierId: input.dossierId, body: input.body, fileIds: input.fileIds }, context),
  done: ({ input }) => backTo(input.dossierId, '/echanges?succes=message'),
});

export const answerComplementAction = defineAction({
  access: applicantAccess(dossierPath),
  schema: complementAnswerSchema,
  targets: TARGETS,
  run: ({ viewer, input: { dossierId, version, message, ...answers }, context }) =>
    answerComplement(viewer, { dossierId, expectedVersion: version, answers, message }, context),
  done: ({ input }) => backTo(input.dossierId, '?succes=transmis'),
});
