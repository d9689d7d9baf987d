'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import type { ActionFailure } from '@/lib/actions/result';
import { requireAgent } from '@/lib/auth/session';
import { DOSSIER_CONFLICT_CODE } from '@/lib/dossiers/transition-dossier';
import { addPrivateNote } from '@/lib/instruction/add-private-note';
import type { AgentViewer } from '@/lib/instruction/agent-viewer';
import { decideDossier } from '@/lib/instruction/decide-dossier';
import { agentDossierPath, INSTRUCTION_PATH, type AgentDossierTab } from '@/lib/instruction/instruction-paths';
import { issueDocument } from '@/lib/instruction/issue-document';
import { reopenInstruction } from '@/lib/instruction/reopen-instruction';
import { requestComplement } from '@/lib/instruction/request-complement';
import { ATTACHMENT_CHANGED_CODE, reviewAttachment } from '@/lib/instruction/review-attachment';
import { sendAgentMessage } from '@/lib/instruction/send-agent-message';
import { startInstruction } from '@/lib/instruction/start-instruction';
import { dossierMessageSchema } from '@/lib/validation/dossier-message';
import { instructionSchemas } from '@/lib/validation/instruction';

const dossierIdSchema = z.object({ dossierId: z.uuid() });

/** An agent, sent back to the dossier's tab after signing in; a forged dossier id is a 404. */
const agentOn =
  (tab: AgentDossierTab) =>
  async (formData: FormData): Promise<AgentViewer> => {
    const parsed = dossierIdSchema.safeParse({ dossierId: formData.get('dossierId') });
    if (!parsed.success) {
      // Signing in (or the 403 of an applicant) still comes first.
      await requireAgent(INSTRUCTION_PATH);
      notFound();
    }
    const user = await requireAgent(agentDossierPath(parsed.data.dossierId, tab));
    return { id: user.id, role: user.role };
  };

type OnDossier = { input: { dossierId: string } };

const conflictOn =
  (tab: AgentDossierTab) =>
  (failure: ActionFailure, { input }: OnDossier) => {
    const conflit = failure.code === DOSSIER_CONFLICT_CODE ? 'dossier' : failure.code === ATTACHMENT_CHANGED_CODE ? 'justificatif' : null;
    if (!conflit) return;
    revalidatePath(agentDossierPath(input.dossierId), 'layout');
    redirect(`${agentDossierPath(input.dossierId, tab)}?conflit=${conflit}`);
  };

function backTo(dossierId: string, tab: AgentDossierTab, success: string): never {
  revalidatePath(agentDossierPath(dossierId), 'layout');
  redirect(`${agentDossierPath(dossierId, tab)}?succes=${success}`);
}

const doneOn =
  (tab: AgentDossierTab, success: string) =>
  ({ input }: OnDossier) =>
    backTo(input.dossierId, tab, success);

export const startInstructionAction = defineAction({
  access: agentOn('resume'),
  schema: instructionSchemas.version,
  run: ({ viewer, input }) => startInstruction(viewer, input.dossierId, input.version),
  onRefusal: conflictOn('resume'),
  done: doneOn('resume', 'instruction'),
});

export const requestComplementAction = defineAction({
  access: agentOn('resume'),
  schema: instructionSchemas.complement,
  run: ({ viewer, input }) => requestComplement(viewer, input.dossierId, input.version, { message: input.body, dueOn: input.dueOn }),
  onRefusal: conflictOn('resume'),
  done: doneOn('resume', 'complement'),
});

export const decideDossierAction = defineAction({
  access: agentOn('resume'),
  schema: instructionSchemas.decision,
  run: ({ viewer, input: { dossierId, version, decision, reason, fileId, title } }) =>
    decideDossier(viewer, dossierId, version, { decision, reason, fileId: fileId, documentTitle: title }),
  onRefusal: conflictOn('resume'),
  done: doneOn('resume', 'decision'),
});

export const reopenInstructionAction = defineAction({
  access: agentOn('resume'),
  schema: instructionSchemas.reopen,
  run: ({ viewer, input }) => reopenInstruction(viewer, input.dossierId, input.version, input.reason),
  onRefusal: conflictOn('resume'),
  done: doneOn('resume', 'reprise'),
});

export const reviewAttachmentAction = defineAction({
  access: agentOn('justificatifs'),
  schema: instructionSchemas.review,
  run: ({ viewer, input: { attachmentId, decision, reason, expectedReview } }) =>
    reviewAttachment(viewer, attachmentId, { decision, message: reason, expectedReview }),
  onRefusal: conflictOn('justificatifs'),
  done: ({ input }) => backTo(input.dossierId, 'justificatifs', input.decision === 'VALIDE' ? 'valide' : 'rejete'),
});

export const sendAgentMessageAction = defineAction({
  access: agentOn('echanges'),
  schema: dossierMessageSchema.extend(dossierIdSchema.shape),
  run: ({ viewer, input }) => sendAgentMessage(viewer, input.dossierId, input.body, input.fileIds),
  done: doneOn('echanges', 'message'),
});

export const issueDocumentAction = defineAction({
  access: agentOn('resume'),
  schema: instructionSchemas.document,
  run: ({ viewer, input }) => issueDocument(viewer, { dossierId: input.dossierId, title: input.title, fileId: input.fileId }),
  done: doneOn('resume', 'document'),
});

export const addPrivateNoteAction = defineAction({
  access: agentOn('notes'),
  schema: instructionSchemas.note,
  run: ({ viewer, input }) => addPrivateNote(viewer, input.dossierId, input.body),
  done: doneOn('notes', 'note'),
});
