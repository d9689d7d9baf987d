import 'server-only';
import type { RequestContext } from '@/lib/actions/request-context';
import { issuesByField } from '@/lib/actions/parse-form';
import { fail, succeed, type ActionResult, type FieldErrors } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db, POOL_WAIT_MS, type Tx } from '@/lib/db';
import { attachStoredFiles } from '@/lib/files/attach-stored-files';
import { recordStoredFile } from '@/lib/files/record-stored-file';
import { formatDateTime } from '@/lib/format/date';
import type { Prisma } from '@/lib/generated/prisma/client';
import { enqueueEmail, nudgeMailWorker } from '@/lib/mail/outbox';
import { buildAnswersSchema, type Answers } from '@/lib/procedures/answers-schema';
import { campaignStatus } from '@/lib/procedures/campaign-dates';
import { isAnswerField, type ProcedureForm } from '@/lib/procedures/field-definitions';
import { parseProcedureForm } from '@/lib/procedures/procedure-versions';
import { allocateDossierNumber } from './allocate-dossier-number';
import { buildReceiptPdf } from './build-receipt-pdf';
import { alreadySubmitted, dossierNotFound, PROCEDURE_CLOSED, PROCEDURE_NOT_OPEN } from './dossier-failures';
import { lockApplicantDossier } from './draft-access';
import { formatAnswer } from './format-answer';
import { storeGeneratedFile } from './store-generated-file';
import { dossierConflict, transitionDossier } from './transition-dossier';

export const FORM_HAS_ERRORS = 'Votre demande n’a pas été déposée : corrigez les points signalés.';
export const RECEIPT_NOT_STORED =
  'Votre demande n’a pas été déposée : le récépissé n’a pas pu être enregistré. Vos réponses sont conservées ; réessayez dans quelques instants.';

/** Thrown inside the transaction so that the deposit (number, receipt, status) rolls back when the file store fails; answered as RECEIPT_NOT_STORED. */
class ReceiptNotStoredError extends Error {
  constructor(cause: unknown) {
    super(`Récépissé non enregistré : ${(cause as Error)?.message ?? String(cause)}`);
    this.name = 'ReceiptNotStoredError';
  }
}

export function missingDocumentMessage(label: string): string {
  return `Joignez « ${label} »`;
}

export type SubmitResult = { number: string; receiptFileId: string };

/**
 * The draft is checked again with its own form, whatever the browser sent, all in one transaction on
 * the locked draft. A second submission (double click, replay, second tab) gets `already-submitted`.
 */
export async function submitDossier(
  viewer: { id: string },
  dossierId: string,
  expectedVersion: number,
  context: RequestContext,
  now = new Date(),
): Promise<ActionResult<SubmitResult>> {
  try {
    // Longer than the default timeout: the receipt is drawn and stored inside (a busy server must
    // not roll a deposit back halfway), and waiting deposits queue on the year's counter.
    const result = await db.$transaction((tx) => depositInTransaction(tx, viewer, dossierId, expectedVersion, context, now), {
      timeout: 30_000,
      maxWait: POOL_WAIT_MS,
    });
    if (result.ok) nudgeMailWorker();
    return result;
  } catch (error) {
    if (error instanceof ReceiptNotStoredError) {
      console.error(error.message);
      return fail(RECEIPT_NOT_STORED);
    }
    throw error;
  }
}

async function depositInTransaction(
  tx: Tx,
  viewer: { id: string },
  dossierId: string,
  expectedVersion: number,
  context: RequestContext,
  now: Date,
): Promise<ActionResult<SubmitResult>> {
  const locked = await lockApplicantDossier(tx, viewer.id, dossierId);
  if (!locked) return dossierNotFound();
  if (locked.status !== 'BROUILLON') return alreadySubmitted();
  if (locked.version !== expectedVersion) return dossierConflict();

  const dossier = await tx.dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: {
      answers: true,
      procedureVersion: { select: { fields: true, documents: true } },
      procedure: { select: { title: true, opensAt: true, closesAt: true, published: true } },
      applicant: { select: { firstName: true, lastName: true, email: true } },
      profile: { select: { name: true } },
      attachments: {
        where: { replacedById: null },
        orderBy: { createdAt: 'asc' },
        select: { documentId: true, fileId: true, file: { select: { originalName: true } } },
      },
    },
  });
  const status = campaignStatus(dossier.procedure, now);
  if (!dossier.procedure.published || status === 'closed') return fail(PROCEDURE_CLOSED);
  if (status !== 'open') return fail(PROCEDURE_NOT_OPEN);

  const form = parseProcedureForm(dossier.procedureVersion);
  const checked = buildAnswersSchema(form.fields).safeParse(dossier.answers);
  const fieldErrors: FieldErrors = checked.success ? {} : issuesByField(checked.error.issues);
  const attachedDocuments = new Set(dossier.attachments.map((attachment) => attachment.documentId));
  for (const document of form.documents) {
    if (document.required && !attachedDocuments.has(document.id)) fieldErrors[document.id] = [missingDocumentMessage(document.label)];
  }
  if (!checked.success || Object.keys(fieldErrors).length > 0) return fail(FORM_HAS_ERRORS, fieldErrors);
  const answers = checked.data;

  const number = await allocateDossierNumber(tx, now);
  const applicant = `${dossier.applicant.firstName} ${dossier.applicant.lastName}`;
  const submittedAt = formatDateTime(now);
  const pdf = await buildReceiptPdf({
    number,
    procedureTitle: dossier.procedure.title,
    submittedAt,
    applicant,
    profile: dossier.profile?.name ?? null,
    answers: answerLines(form, answers),
    documents: form.documents.map((document) => ({
      label: document.label,
      files: dossier.attachments.filter((attachment) => attachment.documentId === document.id).map((attachment) => attachment.file.originalName),
    })),
  });
  const receiptName = `recepisse-${number}.pdf`;
  const stored = await storeGeneratedFile(pdf, { name: receiptName, mime: 'application/pdf' }, now).catch((error: unknown) => {
    throw new ReceiptNotStoredError(error);
  });
  // Made here from our own data: nothing to scan.
  const receipt = await recordStoredFile(tx, { ...stored, scanStatus: 'NOT_SCANNED', ownerId: viewer.id });
  if (!(await attachStoredFiles(tx, viewer.id, [receipt.id], now))) throw new Error('Récépissé non rattaché');

  await tx.dossier.update({ where: { id: dossierId }, data: { number, answers: answers as Prisma.InputJsonObject, receiptFileId: receipt.id } });
  // The draft is locked, its status and version checked above: a refusal here is a bug, and rolls back.
  const deposited = await transitionDossier(tx, { dossierId, expectedVersion, to: 'DEPOSE', actorId: viewer.id, eventType: 'submitted', now });
  if (!deposited.ok) throw new Error(deposited.message);
  await recordAudit(tx, { actorId: viewer.id, action: 'dossier.submit', targetType: 'Dossier', targetId: dossierId, ip: context.ip, details: { number } });
  await enqueueEmail(
    tx,
    {
      template: 'dossier-submitted',
      to: dossier.applicant.email,
      props: {
        firstName: dossier.applicant.firstName,
        number,
        procedureTitle: dossier.procedure.title,
        profileName: dossier.profile?.name ?? null,
        submittedAt,
        dossierId,
      },
    },
    { attachments: [{ filename: receiptName, fileId: receipt.id }] },
  );
  return succeed({ number, receiptFileId: receipt.id });
}

function answerLines(form: ProcedureForm, answers: Answers): { label: string; value: string }[] {
  return form.fields.filter(isAnswerField).map((field) => ({ label: field.label, value: formatAnswer(field, answers[field.id]) }));
}
