import { randomBytes, randomUUID } from 'node:crypto';
import type { AttachmentReview, DossierStatus, Prisma } from '../../lib/generated/prisma/client';
import type { FactoryDb } from './database';
import { markFileAttached } from './files';

// Dossiers as a deposit, an agent's act or a decision would have left them, written directly
// (the deposit and the acts have their own tests through lib/dossiers and lib/instruction).

export type DossierSeed = {
  applicantId: string;
  profileId?: string | null;
  /** By default a new unique one; null for a draft (the default for BROUILLON). */
  number?: string | null;
  status?: DossierStatus;
  answers?: Prisma.InputJsonValue;
  version?: number;
  /** By default now, or null for a draft. */
  submittedAt?: Date | null;
  decidedAt?: Date | null;
  createdAt?: Date;
  updatedAt?: Date;
};

function dossierRow(procedure: { id: string; versionId: string }, seed: DossierSeed) {
  const status = seed.status ?? 'DEPOSE';
  const draft = status === 'BROUILLON';
  return {
    id: randomUUID(),
    number: seed.number === undefined ? (draft ? null : `2026-${randomBytes(4).toString('hex')}`) : seed.number,
    procedureId: procedure.id,
    procedureVersionId: procedure.versionId,
    applicantId: seed.applicantId,
    profileId: seed.profileId ?? null,
    answers: seed.answers,
    status,
    version: seed.version,
    idempotencyKey: randomUUID(),
    submittedAt: seed.submittedAt === undefined ? (draft ? null : new Date()) : seed.submittedAt,
    decidedAt: seed.decidedAt ?? null,
    createdAt: seed.createdAt,
    updatedAt: seed.updatedAt,
  };
}

/** The current form of the démarche, which a new dossier is filled with. */
async function withVersion(db: FactoryDb, procedure: { id: string; versionId?: string }) {
  if (procedure.versionId) return { id: procedure.id, versionId: procedure.versionId };
  const version = await db.procedureVersion.findFirstOrThrow({ where: { procedureId: procedure.id }, orderBy: { number: 'desc' }, select: { id: true } });
  return { id: procedure.id, versionId: version.id };
}

export async function createDossier(db: FactoryDb, procedure: { id: string; versionId?: string }, seed: DossierSeed) {
  const data = dossierRow(await withVersion(db, procedure), seed);
  return db.dossier.create({ data, select: { id: true, number: true, version: true, procedureVersionId: true } });
}

/** Many dossiers of one démarche at once; their ids and numbers in the order given. */
export async function createDossiers(db: FactoryDb, procedure: { id: string; versionId?: string }, seeds: DossierSeed[]) {
  const withForm = await withVersion(db, procedure);
  const rows = seeds.map((seed) => dossierRow(withForm, seed));
  await db.dossier.createMany({ data: rows });
  return rows.map(({ id, number }) => ({ id, number }));
}

export async function recordDossierEvent(
  db: FactoryDb,
  event: { dossierId: string; actorId: string; type: string; fromStatus?: DossierStatus; toStatus?: DossierStatus; message?: string; createdAt?: Date },
): Promise<void> {
  await db.dossierEvent.create({ data: event });
}

/** A justificatif: `fileId` given for the document `documentId` (the file becomes attached). */
export async function createAttachment(
  db: FactoryDb,
  attachment: { dossierId: string; documentId: string; fileId: string; review?: AttachmentReview; reviewMessage?: string; createdAt?: Date },
) {
  await markFileAttached(db, attachment.fileId);
  return db.attachment.create({ data: attachment, select: { id: true } });
}

/** What lib/instruction/review-attachment.ts writes for « Valider » or « Rejeter ». */
export async function reviewAttachment(db: FactoryDb, attachmentId: string, review: { review: AttachmentReview; message?: string; agentId: string }) {
  await db.attachment.update({
    where: { id: attachmentId },
    data: { review: review.review, reviewMessage: review.message, reviewedAt: new Date(), reviewedById: review.agentId },
  });
}

/** What lib/instruction/request-complement.ts writes (without its email): the request at the top of the dossier. */
export async function recordComplementRequest(db: FactoryDb, dossierId: string, agentId: string, message: string): Promise<void> {
  await db.dossier.update({ where: { id: dossierId }, data: { status: 'COMPLEMENT_DEMANDE', version: { increment: 1 } } });
  await recordDossierEvent(db, {
    dossierId,
    actorId: agentId,
    type: 'complement-requested',
    fromStatus: 'EN_INSTRUCTION',
    toStatus: 'COMPLEMENT_DEMANDE',
    message,
  });
}

/** What lib/instruction/issue-document.ts writes: a document (the agent's upload) for a person. */
export async function issueDocument(
  db: FactoryDb,
  document: { title: string; fileId: string; sentById: string; recipientUserId: string; dossierId?: string },
): Promise<void> {
  await markFileAttached(db, document.fileId);
  await db.issuedDocument.create({ data: document });
}
