import { randomInt, randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { createAttachment, createDossier, issueDocument, recordComplementRequest, recordDossierEvent, reviewAttachment } from '../../test/factories/dossiers';
import { createProcedure } from '../../test/factories/procedures';
import { testDb } from './database';
import { insertProcedure } from './procedures';

// Dossiers of the follow-up journeys, written directly in the database (as a deposit or an agent
// would have left them); their files are real uploads through POST /api/fichiers, so that
// downloads stream real, checked objects.

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'files');

export function fixturePath(name: string): string {
  return path.join(FIXTURES, name);
}

/** Uploads a fixture as the page's signed-in person; returns the StoredFile id (unattached). */
export async function uploadFixture(page: Page, name: string, mimeType = 'application/pdf'): Promise<string> {
  return uploadFixtureWith(page.request, new URL(page.url() || 'about:blank').origin, name, mimeType);
}

/** The same upload with any request context (its cookies say who uploads). */
export async function uploadFixtureWith(request: APIRequestContext, origin: string, name: string, mimeType = 'application/pdf'): Promise<string> {
  const response = await request.post('/api/fichiers', {
    headers: { Origin: origin },
    multipart: { fichier: { name, mimeType, buffer: await readFile(fixturePath(name)) } },
  });
  expect(response.status(), await response.text()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

export type TestDossier = { id: string; number: string; procedureId: string; procedureTitle: string; attachmentId: string };

/** A deposited dossier (« Nom du projet » answered, one « Relevé d’identité bancaire ») with `fileId` as its justificatif. */
export async function insertDossier(options: {
  applicantId: string;
  fileId: string;
  profileId?: string;
  status?: 'DEPOSE' | 'EN_INSTRUCTION' | 'COMPLEMENT_DEMANDE';
}): Promise<TestDossier> {
  const db = testDb();
  const procedure = await createProcedure(db, { title: `Aide au projet ${randomUUID().slice(0, 6)}` });
  const twoDaysAgo = new Date(Date.now() - 2 * 24 * 3600 * 1000);
  const dossier = await createDossier(db, procedure, {
    applicantId: options.applicantId,
    profileId: options.profileId,
    number: `2026-${String(randomInt(100_000, 999_999))}`,
    status: options.status ?? 'DEPOSE',
    answers: { 'nom-du-projet': 'Fête du moulin' },
    version: 1,
    submittedAt: twoDaysAgo,
    createdAt: twoDaysAgo,
  });
  await recordDossierEvent(db, {
    dossierId: dossier.id,
    actorId: options.applicantId,
    type: 'submitted',
    fromStatus: 'BROUILLON',
    toStatus: 'DEPOSE',
    createdAt: twoDaysAgo,
  });
  const attachment = await createAttachment(db, { dossierId: dossier.id, documentId: 'rib', fileId: options.fileId, createdAt: twoDaysAgo });
  return { id: dossier.id, number: dossier.number!, procedureId: procedure.id, procedureTitle: procedure.title, attachmentId: attachment.id };
}

/** What lib/instruction/request-complement.ts writes (without its email): the request at the top of the dossier. */
export async function requestComplementAsServices(dossierId: string, agentId: string, message: string): Promise<void> {
  await recordComplementRequest(testDb(), dossierId, agentId, message);
}

/** What lib/instruction/review-attachment.ts writes for « Rejeter ». */
export async function rejectAttachment(attachmentId: string, agentId: string, reason: string): Promise<void> {
  await reviewAttachment(testDb(), attachmentId, { review: 'REJETE', message: reason, agentId });
}

/** What lib/instruction/issue-document.ts writes: a document (the agent's upload) for a person. */
export async function issueDocumentTo(recipientUserId: string, agentId: string, fileId: string, title: string, dossierId?: string): Promise<void> {
  await issueDocument(testDb(), { title, fileId, sentById: agentId, recipientUserId, dossierId });
}

/** A new démarche for individuals, and its draft opened by the signed-in person through « Déposer une demande ». */
export async function openIndividualDraft(page: Page): Promise<void> {
  const procedure = await insertProcedure({ title: `Aide individuelle ${randomUUID().slice(0, 6)}`, audience: 'PARTICULIER' });
  await page.goto(`/demarches/${procedure.slug}`);
  await page.getByRole('button', { name: 'Déposer une demande' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeVisible();
}

/** Chooses a file for a justificatif as a person does: « Choisir un fichier » (« Remplacer le fichier » once one is joined), then the browser's file chooser. */
export async function chooseFile(page: Page, justificatif: Locator, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await justificatif.getByText(/^(Choisir un fichier|Remplacer le fichier)/).click();
  await (await chooser).setFiles(file);
}
