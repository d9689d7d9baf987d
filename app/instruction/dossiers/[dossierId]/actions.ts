'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { echoValues, parseForm } from '@/lib/actions/parse-form';
import type { ActionResult } from '@/lib/actions/result';
import { requireAgent } from '@/lib/auth/session';
import { DossierConflictError } from '@/lib/dossiers/transition-dossier';
import { addPrivateNote } from '@/lib/instruction/add-private-note';
import { decideDossier } from '@/lib/instruction/decide-dossier';
import { instructionFailure } from '@/lib/instruction/instruction-failures';
import { agentDossierPath, INSTRUCTION_PATH, type AgentDossierTab } from '@/lib/instruction/instruction-paths';
import { issueDocument } from '@/lib/instruction/issue-document';
import { DossierNotFoundForAgentError } from '@/lib/instruction/load-agent-dossier';
import { reopenInstruction } from '@/lib/instruction/reopen-instruction';
import { requestComplement } from '@/lib/instruction/request-complement';
import { AttachmentChangedError, reviewAttachment } from '@/lib/instruction/review-attachment';
import { sendAgentMessage } from '@/lib/instruction/send-agent-message';
import { startInstruction } from '@/lib/instruction/start-instruction';
import { instructionSchemas } from '@/lib/validation/instruction';

// The back-office's actions on one dossier. Each is a public endpoint: it authenticates an agent
// (an applicant gets 403), parses its fields, and the domain function scopes the dossier to the
// agent's démarches (outside: 404, as if absent). A concurrent change (stale `version`, replaced
// justificatif) sends the agent back to the fresh page with the conflict message (?conflit=…).

type Result = ActionResult;

const dossierIdSchema = z.object({ dossierId: z.uuid() });

/** The dossier id first: it builds the return path of the login redirect; a forged one is a 404. */
async function begin(formData: FormData, tab: AgentDossierTab) {
  const parsed = dossierIdSchema.safeParse({ dossierId: formData.get('dossierId') });
  if (!parsed.success) {
    await requireAgent(INSTRUCTION_PATH);
    notFound();
  }
  const { dossierId } = parsed.data;
  const user = await requireAgent(agentDossierPath(dossierId, tab));
  return { agent: { id: user.id, role: user.role }, dossierId };
}

/** Runs the domain call; known refusals become the form's failure, conflicts and 404 leave the form. */
async function run(dossierId: string, tab: AgentDossierTab, formData: FormData, call: () => Promise<unknown>): Promise<Result | null> {
  try {
    await call();
    return null;
  } catch (error) {
    if (error instanceof DossierNotFoundForAgentError) notFound();
    if (error instanceof DossierConflictError || error instanceof AttachmentChangedError) {
      revalidatePath(agentDossierPath(dossierId), 'layout');
      redirect(`${agentDossierPath(dossierId, tab)}?conflit=${error instanceof DossierConflictError ? 'dossier' : 'justificatif'}`);
    }
    const failure = instructionFailure(error);
    if (failure) return { ...failure, values: echoValues(formData) };
    throw error;
  }
}

function done(dossierId: string, tab: AgentDossierTab, success: string): never {
  revalidatePath(agentDossierPath(dossierId), 'layout');
  redirect(`${agentDossierPath(dossierId, tab)}?succes=${success}`);
}

export async function startInstructionAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const { agent, dossierId } = await begin(formData, 'resume');
  const parsed = parseForm(instructionSchemas.version, formData);
  if (!parsed.success) return parsed.failure;
  const failure = await run(dossierId, 'resume', formData, () => startInstruction(agent, dossierId, parsed.data.version));
  if (failure) return failure;
  done(dossierId, 'resume', 'instruction');
}

export async function requestComplementAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const { agent, dossierId } = await begin(formData, 'resume');
  const parsed = parseForm(instructionSchemas.complement, formData);
  if (!parsed.success) return parsed.failure;
  const failure = await run(dossierId, 'resume', formData, () => requestComplement(agent, dossierId, parsed.data.version, parsed.data.body));
  if (failure) return failure;
  done(dossierId, 'resume', 'complement');
}

export async function decideDossierAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const { agent, dossierId } = await begin(formData, 'resume');
  const parsed = parseForm(instructionSchemas.decision, formData);
  if (!parsed.success) return parsed.failure;
  const { version, decision, motif, fichier, title } = parsed.data;
  const failure = await run(dossierId, 'resume', formData, () =>
    decideDossier(agent, dossierId, version, { decision, motif, fileId: fichier, documentTitle: title }),
  );
  if (failure) return failure;
  done(dossierId, 'resume', 'decision');
}

export async function reopenInstructionAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const { agent, dossierId } = await begin(formData, 'resume');
  const parsed = parseForm(instructionSchemas.reopen, formData);
  if (!parsed.success) return parsed.failure;
  const failure = await run(dossierId, 'resume', formData, () => reopenInstruction(agent, dossierId, parsed.data.version, parsed.data.motif));
  if (failure) return failure;
  done(dossierId, 'resume', 'reprise');
}

export async function reviewAttachmentAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const { agent, dossierId } = await begin(formData, 'justificatifs');
  const parsed = parseForm(instructionSchemas.review, formData);
  if (!parsed.success) return parsed.failure;
  const { attachmentId, decision, motif, expectedReview } = parsed.data;
  const failure = await run(dossierId, 'justificatifs', formData, () => reviewAttachment(agent, attachmentId, { decision, message: motif, expectedReview }));
  if (failure) return failure;
  done(dossierId, 'justificatifs', decision === 'VALIDE' ? 'valide' : 'rejete');
}

export async function sendAgentMessageAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const { agent, dossierId } = await begin(formData, 'echanges');
  const parsed = parseForm(instructionSchemas.message, formData);
  if (!parsed.success) return parsed.failure;
  const fileIds = z.array(z.uuid()).max(10).safeParse(formData.getAll('fichiers'));
  if (!fileIds.success) return { ok: false, message: 'Les pièces jointes sont invalides : envoyez-les de nouveau.', values: echoValues(formData) };
  const failure = await run(dossierId, 'echanges', formData, () => sendAgentMessage(agent, dossierId, parsed.data.body, fileIds.data));
  if (failure) return failure;
  done(dossierId, 'echanges', 'message');
}

export async function issueDocumentAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const { agent, dossierId } = await begin(formData, 'resume');
  const parsed = parseForm(instructionSchemas.document, formData);
  if (!parsed.success) return parsed.failure;
  const failure = await run(dossierId, 'resume', formData, () => issueDocument(agent, { dossierId, title: parsed.data.title, fileId: parsed.data.fichier }));
  if (failure) return failure;
  done(dossierId, 'resume', 'document');
}

export async function addPrivateNoteAction(_previous: Result | null, formData: FormData): Promise<Result> {
  const { agent, dossierId } = await begin(formData, 'notes');
  const parsed = parseForm(instructionSchemas.note, formData);
  if (!parsed.success) return parsed.failure;
  const failure = await run(dossierId, 'notes', formData, () => addPrivateNote(agent, dossierId, parsed.data.body));
  if (failure) return failure;
  done(dossierId, 'notes', 'note');
}
