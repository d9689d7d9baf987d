import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser, Locator, Page } from '@playwright/test';
import { EICAR, TEST_SIGNATURE } from '../test/clamd-server';
import { eicarPdf } from './fixtures/files/generators';
import { createAgent } from './support/agents';
import { testDb } from './support/database';
import { chooseFile, fixturePath, insertDossier, openIndividualDraft, uploadFixture, type TestDossier } from './support/dossiers';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { waitForEmail } from './support/mail';
import { signInAs } from './support/sessions';
import { openSessionFor } from './support/profiles';

// The antivirus as people meet it (lib/antivirus, docs/decisions/020-antivirus.md), against the
// real test clamd that playwright.config.ts starts (its database catches the EICAR string
// anywhere): an infected justificatif is refused next to its field; a file the antivirus has not
// cleared has its name and « Analyse antivirus en cours » but no link, and the download route
// answers 409 until the worker inside the server scans it; a blocked one stays blocked (403).

const DOCUMENT = 'Relevé d’identité bancaire';
const INFECTED_MESSAGE = 'L’antivirus a détecté un virus dans ce fichier : il est refusé. Analysez votre ordinateur, puis déposez une copie saine du document.';
const PENDING_NOTICE = 'Analyse antivirus en cours';
const BLOCKED_NOTICE = 'Bloqué : virus détecté';

/** The justificatif's card on either side (the applicant's and the agent's « Justificatifs » tab). */
function documentCard(page: Page): Locator {
  return page.getByRole('article', { name: DOCUMENT });
}

function tab(page: Page, name: string): Locator {
  return page.getByRole('navigation', { name: 'Rubriques du dossier' }).getByRole('link', { name, exact: true });
}

/** Every way to the file's bytes from a card: its name as a link, « Télécharger », an image or PDF preview. */
function waysToTheFile(card: Locator): Locator {
  return card.locator('a[href^="/api/fichiers/"], iframe, img');
}

/** « Mon compte » → « Mes dossiers » → « Visualiser » → « Justificatifs », as the users' guide says. */
async function openApplicantJustificatifs(page: Page, dossier: TestDossier) {
  await page.goto('/mon-compte');
  await page.getByRole('link', { name: /Mes dossiers/ }).click();
  await page
    .getByRole('row')
    .filter({ hasText: dossier.number })
    .getByRole('link', { name: /Visualiser/ })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Dossier n° ${dossier.number}`) })).toBeVisible();
  await tab(page, 'Justificatifs').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Justificatifs' })).toBeVisible();
}

async function openAgentJustificatifs(page: Page, dossier: TestDossier) {
  await page.goto(`/instruction/dossiers/${dossier.id}`);
  await expect(page.getByRole('heading', { level: 1, name: `Dossier n° ${dossier.number}` })).toBeVisible();
  await tab(page, 'Justificatifs').click();
  await expect(tab(page, 'Justificatifs')).toHaveAttribute('aria-current', 'page');
}

/**
 * An applicant (signed in, own browser) with a deposited dossier whose justificatif is
 * attestation.pdf, uploaded through POST /api/fichiers (so clamd saw it and its object exists),
 * and an agent of the démarche, signed in with the second factor in another browser.
 */
async function dossierSeenByBoth(browser: Browser) {
  const applicant = await createUser();
  const applicantPage = await openSessionFor(browser, applicant);
  const fileId = await uploadFixture(applicantPage, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: applicant.id, fileId });
  const agent = await createAgent({ procedures: [dossier.procedureId] });
  const agentContext = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const agentPage = await agentContext.newPage();
  await signInAs(agentPage, agent);
  return { applicant, applicantPage, agentPage, dossier, fileId };
}

async function scanStatusOf(fileId: string): Promise<string> {
  return (await testDb().storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { scanStatus: true } })).scanStatus;
}

test('un justificatif infecté est refusé à côté du champ, sans être joint ; une copie saine est acceptée', async ({ page }) => {
  const user = await createUser();
  await signInAs(page, user);
  await openIndividualDraft(page);
  await page.getByLabel('Nom du projet', { exact: true }).fill('Permis de conduire');
  const justificatif = page.getByRole('group', { name: DOCUMENT });

  // A PDF that passes every other check of the upload: only the antivirus can refuse it.
  await chooseFile(page, justificatif, { name: 'rib.pdf', mimeType: 'application/pdf', buffer: await eicarPdf(EICAR) });
  await expect(justificatif).toContainText(INFECTED_MESSAGE);
  await expect(page.getByLabel(`Choisir un fichier : ${DOCUMENT}`)).toHaveAccessibleDescription(/L’antivirus a détecté un virus dans ce fichier/);
  await expect(justificatif.getByText('Fichier joint')).toHaveCount(0);
  await expect(page.getByLabel('Nom du projet', { exact: true })).toHaveValue('Permis de conduire');
  await expectAccessible(page);

  // Nothing was kept: no stored file, and the server does not count the justificatif as joined.
  expect(await testDb().storedFile.count({ where: { ownerId: user.id } })).toBe(0);
  const audit = await testDb().auditLog.findMany({ where: { actorId: user.id, action: 'file.infected' }, select: { details: true } });
  expect(audit.map((row) => (row.details as { signature: string }).signature)).toEqual([expect.stringContaining(TEST_SIGNATURE)]);
  await page.getByRole('button', { name: 'Déposer' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' });
  await expect(summary).toContainText(`Joignez « ${DOCUMENT} »`);
  await expect(summary).not.toContainText('Nom du projet');

  await page.getByLabel(`Choisir un fichier : ${DOCUMENT}`).setInputFiles(fixturePath('attestation.pdf'));
  await expect(justificatif.getByText('Fichier joint')).toBeVisible();
  await expect(justificatif).toContainText('attestation.pdf');
  await expect(justificatif).not.toContainText('L’antivirus a détecté un virus');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Déposer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Votre demande a été déposée' })).toBeVisible();
  const files = await testDb().storedFile.findMany({ where: { ownerId: user.id, originalName: 'attestation.pdf' }, select: { scanStatus: true } });
  expect(files).toEqual([{ scanStatus: 'CLEAN' }]);
});

test('un justificatif pas encore analysé : nom et « Analyse antivirus en cours », aucun lien (409), puis le worker l’analyse et il se télécharge', {
  tag: '@postgresql',
}, async ({ browser }) => {
  const { applicantPage, agentPage, dossier, fileId } = await dossierSeenByBoth(browser);
  // As if it had been stored while clamd was down (lib/antivirus/scan-upload.ts keeps it PENDING).
  // The in-server worker rescans PENDING files every 10 s, faster than these checks: its key is
  // pointed away from the object meanwhile, so the worker skips it (no object, nothing to scan,
  // scan-pending-files.ts) exactly as it keeps it while clamd does not answer. The pages and the
  // routes decide on scanStatus alone; the real key is put back below.
  const { key } = await testDb().storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { key: true } });
  await testDb().storedFile.update({ where: { id: fileId }, data: { scanStatus: 'PENDING', scannedAt: new Date(), key: `${key}-en-attente` } });

  await openApplicantJustificatifs(applicantPage, dossier);
  const applicantCard = documentCard(applicantPage);
  await expect(applicantCard).toContainText('attestation.pdf');
  await expect(applicantCard.getByText(PENDING_NOTICE, { exact: true })).toBeVisible();
  await expect(waysToTheFile(applicantCard)).toHaveCount(0);
  await expectAccessible(applicantPage);
  const refused = await applicantPage.request.get(`/api/fichiers/${fileId}`);
  expect(refused.status()).toBe(409);
  expect(((await refused.json()) as { error: string }).error).toContain('en cours d’analyse antivirus');

  await openAgentJustificatifs(agentPage, dossier);
  const agentCard = documentCard(agentPage);
  await expect(agentCard).toContainText('attestation.pdf');
  await expect(agentCard.getByText(PENDING_NOTICE, { exact: true })).toBeVisible();
  await expect(agentCard.getByText('Télécharger')).toHaveCount(0);
  await expect(waysToTheFile(agentCard)).toHaveCount(0);
  // Nobody can open it, so nobody can « Valider » it yet; « Rejeter » stays.
  await expect(agentCard.getByRole('link', { name: /^Valider/ })).toHaveCount(0);
  await expect(agentCard.getByRole('link', { name: /^Rejeter/ })).toBeVisible();
  await expectAccessible(agentPage);
  await agentPage.screenshot({ path: test.info().outputPath('agent-justificatifs-en-attente.png'), fullPage: true });
  expect((await agentPage.request.get(`/api/fichiers/${fileId}`)).status()).toBe(409);
  expect((await agentPage.request.get(`/api/fichiers/${fileId}/apercu`)).status()).toBe(409);

  // clamd "is back": the worker finds the object and the real clamd clears it within a run or two.
  await testDb().storedFile.update({ where: { id: fileId }, data: { key } });
  await expect
    .poll(
      async () => {
        await applicantPage.reload();
        return applicantCard.getByRole('link', { name: 'attestation.pdf', exact: true }).count();
      },
      { timeout: 40_000, intervals: [2_000] },
    )
    .toBe(1);
  await expect(applicantCard.getByText(PENDING_NOTICE)).toHaveCount(0);
  expect(await scanStatusOf(fileId)).toBe('CLEAN');
  const download = applicantPage.waitForEvent('download');
  await applicantCard.getByRole('link', { name: 'attestation.pdf', exact: true }).click();
  expect((await download).suggestedFilename()).toBe('attestation.pdf');
  const response = await applicantPage.request.get(`/api/fichiers/${fileId}`);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');

  await agentPage.reload();
  await expect(agentCard.getByText(PENDING_NOTICE)).toHaveCount(0);
  await expect(agentCard.getByRole('link', { name: /Télécharger/ })).toBeVisible();
  await expect(agentCard.locator('iframe[title="Aperçu de attestation.pdf"]')).toBeVisible();
  await expect(agentCard.getByRole('link', { name: /^Valider/ })).toBeVisible();
  expect((await agentPage.request.get(`/api/fichiers/${fileId}`)).status()).toBe(200);
  await agentPage.context().close();
  await applicantPage.context().close();
});

test('un justificatif bloqué par l’antivirus : « Bloqué : virus détecté » des deux côtés, 403, et il le reste', async ({ browser }) => {
  const { applicantPage, agentPage, dossier, fileId } = await dossierSeenByBoth(browser);
  // As the worker leaves a file in which clamd found a virus (scan-pending-files.ts). The bytes
  // are in fact clean: were the worker to scan INFECTED files again, it would clear this one.
  await testDb().storedFile.update({ where: { id: fileId }, data: { scanStatus: 'INFECTED', scannedAt: new Date(), scanSignature: TEST_SIGNATURE } });

  await openAgentJustificatifs(agentPage, dossier);
  const agentCard = documentCard(agentPage);
  await expect(agentCard).toContainText('attestation.pdf');
  await expect(agentCard.getByText(BLOCKED_NOTICE, { exact: true })).toBeVisible();
  await expect(agentCard.getByText('Télécharger')).toHaveCount(0);
  await expect(waysToTheFile(agentCard)).toHaveCount(0);
  await expect(agentCard.getByRole('link', { name: /^Valider/ })).toHaveCount(0);
  await expect(agentCard.getByRole('link', { name: /^Rejeter/ })).toBeVisible();
  await expectAccessible(agentPage);
  const refusedToAgent = await agentPage.request.get(`/api/fichiers/${fileId}`);
  expect(refusedToAgent.status()).toBe(403);
  expect(((await refusedToAgent.json()) as { error: string }).error).toContain('l’antivirus y a détecté un virus');
  expect((await agentPage.request.get(`/api/fichiers/${fileId}/apercu`)).status()).toBe(403);

  await openApplicantJustificatifs(applicantPage, dossier);
  const applicantCard = documentCard(applicantPage);
  await expect(applicantCard).toContainText('attestation.pdf');
  await expect(applicantCard.getByText(BLOCKED_NOTICE, { exact: true })).toBeVisible();
  await expect(waysToTheFile(applicantCard)).toHaveCount(0);
  await expectAccessible(applicantPage);
  expect((await applicantPage.request.get(`/api/fichiers/${fileId}`)).status()).toBe(403);

  // A clean file marked PENDING after the block: once the worker has cleared it, a worker run
  // has gone by since, and the blocked file is untouched.
  const witness = await uploadFixture(applicantPage, 'plan.png', 'image/png');
  await testDb().storedFile.update({ where: { id: witness }, data: { scanStatus: 'PENDING' } });
  await expect.poll(() => scanStatusOf(witness), { timeout: 40_000, intervals: [1_000] }).toBe('CLEAN');
  expect(await scanStatusOf(fileId)).toBe('INFECTED');
  await applicantPage.reload();
  await expect(applicantCard.getByText(BLOCKED_NOTICE, { exact: true })).toBeVisible();
  await expect(waysToTheFile(applicantCard)).toHaveCount(0);
  expect((await applicantPage.request.get(`/api/fichiers/${fileId}`)).status()).toBe(403);
  await agentPage.reload();
  await expect(agentCard.getByText(BLOCKED_NOTICE, { exact: true })).toBeVisible();
  expect((await agentPage.request.get(`/api/fichiers/${fileId}`)).status()).toBe(403);
  await agentPage.context().close();
  await applicantPage.context().close();
});

test('un fichier reconnu infecté après coup : courriel au demandeur, et l’onglet « Justificatifs » dit ce qui va suivre', async ({ browser }) => {
  const { applicant, applicantPage, agentPage, dossier, fileId } = await dossierSeenByBoth(browser);
  // As if it had been sent while clamd was down: the stored object is a PDF carrying EICAR, left
  // PENDING; the worker inside the server scans it within seconds.
  const { key } = await testDb().storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { key: true } });
  const dataDir = process.env.E2E_DATA_DIR ?? '.test-data/e2e';
  await writeFile(path.join(dataDir, 'files', key), await eicarPdf(EICAR));
  await testDb().storedFile.update({ where: { id: fileId }, data: { scanStatus: 'PENDING', scannedAt: null } });
  await expect.poll(() => scanStatusOf(fileId), { timeout: 40_000, intervals: [1_000] }).toBe('INFECTED');

  const email = await waitForEmail(applicant.email, /bloqué par l’antivirus/);
  expect(email.subject).toBe('Un fichier que vous avez envoyé a été bloqué par l’antivirus');
  // Line breaks and ordinary spaces only: the non-breaking ones are part of the text.
  const text = email.text.replace(/[ \t\r\n]+/g, ' ');
  expect(text).toContain(`« attestation.pdf » que vous avez envoyé pour votre dossier ${dossier.number}`);
  expect(text).toContain('Le service vous demandera un autre fichier');

  await openApplicantJustificatifs(applicantPage, dossier);
  const applicantCard = documentCard(applicantPage);
  await expect(applicantCard.getByText(BLOCKED_NOTICE, { exact: true })).toBeVisible();
  await expect(applicantCard).toContainText('Le service vous demandera un autre fichier');
  await expect(waysToTheFile(applicantCard)).toHaveCount(0);
  await expectAccessible(applicantPage);
  await agentPage.context().close();
  await applicantPage.context().close();
});
