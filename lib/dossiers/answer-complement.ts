import 'server-only';
import type { RequestContext } from '@/lib/actions/request-context';
import { issuesByField } from '@/lib/actions/parse-form';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db, type Tx } from '@/lib/db';
import { enqueueEmail } from '@/lib/mail/outbox';
import type { Prisma } from '@/lib/generated/prisma/client';
import { buildAnswersSchema } from '@/lib/procedures/answers-schema';
import { findDossierForViewer, type DossierViewer } from './dossier-access';
import { dossierNotFound } from './dossier-failures';
import { unsafeListRejectedAttachments } from './rejected-attachments';
import { rejectedFieldName, replaceBeforeTransmitting } from './rejected-justificatifs';
import { transitionDossier } from './transition-dossier';

// The answers are checked against the dossier's own form version, and every rejected justificatif
// must have been replaced; the agent who asked gets an email.

export const NOT_AWAITING_COMPLEMENT = 'Aucune information complémentaire n’est demandée pour ce dossier.';
export const REJECTED_NOT_REPLACED = 'Un justificatif rejeté n’a pas été remplacé. Remplacez-le puis transmettez de nouveau.';

export type AnswerComplementInput = {
  dossierId: string;
  expectedVersion: number;
  answers: Record<string, unknown>;
  message?: string;
};

export async function answerComplement(viewer: DossierViewer, input: AnswerComplementInput, context: RequestContext): Promise<ActionResult> {
  const dossier = await findDossierForViewer(viewer, input.dossierId);
  if (!dossier) return dossierNotFound();
  if (dossier.status !== 'COMPLEMENT_DEMANDE') return fail(NOT_AWAITING_COMPLEMENT);

  const { fields, documents } = dossier.form;
  const parsed = buildAnswersSchema(fields).safeParse(input.answers);
  const message = input.message ?? '';

  return db.$transaction(async (tx) => {
    // Read in the transaction, before any write: a rejected justificatif must be replaced first.
    const rejected = await unsafeListRejectedAttachments(dossier.id, documents, tx);
    const rejectedErrors = Object.fromEntries(rejected.map((item) => [rejectedFieldName(item.documentId), [replaceBeforeTransmitting(item.label)]]));
    if (!parsed.success) {
      return fail('Le formulaire contient des erreurs. Corrigez-les puis transmettez de nouveau.', {
        ...issuesByField(parsed.error.issues),
        ...rejectedErrors,
      });
    }
    if (rejected.length > 0) return fail(REJECTED_NOT_REPLACED, rejectedErrors);
    const moved = await transitionDossier(tx, {
      dossierId: dossier.id,
      expectedVersion: input.expectedVersion,
      to: 'EN_INSTRUCTION',
      actorId: viewer.id,
      eventType: 'complement-answered',
      message: message || undefined,
    });
    // The first write: a refusal leaves nothing to undo.
    if (!moved.ok) return moved;
    await tx.dossier.update({ where: { id: dossier.id }, data: { answers: parsed.data as Prisma.InputJsonObject, complementDueAt: null } });
    if (message) await tx.dossierMessage.create({ data: { dossierId: dossier.id, authorId: viewer.id, fromAgent: false, body: message } });
    await recordAudit(tx, { actorId: viewer.id, action: 'dossier.complement-answered', targetType: 'Dossier', targetId: dossier.id, ip: context.ip });
    await notifyRequestingAgent(tx, dossier.id);
    return succeed();
  });
}

async function notifyRequestingAgent(tx: Tx, dossierId: string) {
  const request = await tx.dossierEvent.findFirst({
    where: { dossierId, type: 'complement-requested', actor: { disabledAt: null, role: { in: ['INSTRUCTEUR', 'ADMIN'] } } },
    orderBy: { createdAt: 'desc' },
    select: { actor: { select: { email: true, firstName: true } }, dossier: { select: { number: true, procedure: { select: { title: true } } } } },
  });
  if (!request?.actor || !request.dossier.number) return;
  await enqueueEmail(tx, {
    template: 'complement-answered',
    to: request.actor.email,
    props: { firstName: request.actor.firstName, dossierNumber: request.dossier.number, dossierId, procedureTitle: request.dossier.procedure.title },
  });
}
