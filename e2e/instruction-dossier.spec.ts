import { randomUUID } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import sharp from 'sharp';
import { replayAction } from './support/actions';
import { createAgent, type TestAgent } from './support/agents';
import { testDb } from './support/database';
import { fixturePath, insertDossier, uploadFixture, type TestDossier } from './support/dossiers';
import { createUser, type TestUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { signInAs } from './support/sessions';
import { linkIn, waitForEmail } from './support/mail';
import { openSessionFor } from './support/profiles';

// The dossier in the back-office (/instruction/dossiers/[id]) with two browsers: the agent acts,
// the applicant receives the email and answers in « Mon compte », the agent sees it.

async function agentOf(procedureId: string | null, role: 'INSTRUCTEUR' | 'ADMIN' = 'INSTRUCTEUR', firstName = 'Karim'): Promise<TestAgent> {
  return createAgent({ role, firstName, procedures: procedureId ? [procedureId] : [] });
}

async function agentPage(browser: Browser, agent: TestAgent): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  await signInAs(page, agent);
  await expect(page).not.toHaveURL(/\/connexion/);
  return page;
}

async function procedureOf(dossierId: string): Promise<string> {
  return (await testDb().dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { procedureId: true } })).procedureId;
}

/** An applicant (signed in, own browser) with a deposited dossier whose justificatif is attestation.pdf. */
async function applicantWithDossier(browser: Browser, status: 'DEPOSE' | 'EN_INSTRUCTION' = 'DEPOSE') {
  const applicant = await createUser({ firstName: 'Camille' });
  const page = await openSessionFor(browser, applicant);
  const fileId = await uploadFixture(page, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: applicant.id, fileId, status });
  return { applicant, page, dossier, fileId, procedureId: await procedureOf(dossier.id) };
}

const dossierUrl = (dossier: TestDossier, tab = '') => `/instruction/dossiers/${dossier.id}${tab}`;

function tab(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Rubriques du dossier' }).getByRole('link', { name, exact: true });
}

function statusOf(page: Page) {
  return page.locator('.dossier-meta');
}

async function confirmAction(page: Page, button: string, confirm: string, fill: Record<string, string> = {}) {
  await page.getByRole('region', { name: 'Actions' }).getByRole('link', { name: button, exact: true }).click();
  const panel = page.getByRole('group', { name: /\?|compléments/ });
  await expect(panel).toBeVisible();
  for (const [label, value] of Object.entries(fill)) await panel.getByLabel(label).fill(value);
  await panel.getByRole('button', { name: confirm }).click();
}

test('compléments : l’agent demande, le demandeur reçoit le courriel, répond et « Transmettre », l’agent le voit', { tag: '@postgresql' }, async ({
  browser,
}) => {
  const { applicant, page: applicantPage, dossier, procedureId } = await applicantWithDossier(browser);
  const agent = await agentOf(procedureId);
  const page = await agentPage(browser, agent);

  await page.goto(dossierUrl(dossier));
  await expect(page.getByRole('heading', { level: 1, name: `Dossier n° ${dossier.number}` })).toBeVisible();
  await expect(statusOf(page)).toContainText('Déposé');
  await expect(statusOf(page)).toContainText(dossier.procedureTitle);
  await expect(statusOf(page)).toContainText('Camille');
  await expect(tab(page, 'Résumé')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('Fête du moulin')).toBeVisible();
  await expect(page.getByRole('link', { name: applicant.email })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('region', { name: 'Actions' }).getByRole('link', { name: 'Passer en instruction' }).click();
  await expect(page.getByText('Le dossier passe « En instruction »')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Confirmer le passage en instruction' }).click();
  await expect(page.getByText('Le dossier est passé en instruction.')).toBeVisible();
  await expect(statusOf(page)).toContainText('En instruction');
  await waitForEmail(applicant.email, new RegExp(`Votre dossier n° ${dossier.number} est en instruction`));

  await page.getByRole('region', { name: 'Actions' }).getByRole('link', { name: 'Demander des compléments' }).click();
  await page.getByRole('button', { name: 'Confirmer la demande de compléments' }).click();
  await expect(page.getByText('Précisez les informations demandées.').first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Message au demandeur').fill('Merci de préciser le nom exact du projet.');
  await page.getByRole('button', { name: 'Confirmer la demande de compléments' }).click();
  await expect(page.getByText('La demande de compléments a été envoyée au demandeur.')).toBeVisible();
  await expect(statusOf(page)).toContainText('Complément demandé');

  const request = await waitForEmail(applicant.email, /Des informations complémentaires sont demandées/);
  await applicantPage.goto(linkIn(request, `/mon-compte/dossiers/${dossier.id}`));
  await expect(applicantPage.getByText('Merci de préciser le nom exact du projet.')).toBeVisible();
  await applicantPage.getByLabel('Nom du projet').fill('Fête du moulin 2026');
  await applicantPage.getByRole('button', { name: 'Transmettre' }).click();
  await expect(applicantPage.getByText('Votre réponse a été transmise')).toBeVisible();

  const answered = await waitForEmail(agent.email, new RegExp(`Le demandeur a répondu pour le dossier n° ${dossier.number}`));
  await page.goto(linkIn(answered, `/instruction/dossiers/${dossier.id}`));
  await expect(statusOf(page)).toContainText('En instruction');
  await expect(page.getByText('Fête du moulin 2026')).toBeVisible();
  await tab(page, 'Historique').click();
  await expect(page.getByRole('row').filter({ hasText: 'Réponse à la demande transmise' })).toContainText('Complément demandé → En instruction');
  await expect(page.getByRole('row').filter({ hasText: 'Informations complémentaires demandées' })).toContainText('Karim');
  await expectAccessible(page);
});

test('justificatif : l’agent le rejette avec un motif, le demandeur le remplace, l’agent le valide', async ({ browser }) => {
  const { applicant, page: applicantPage, dossier, procedureId } = await applicantWithDossier(browser, 'EN_INSTRUCTION');
  const agent = await agentOf(procedureId);
  const page = await agentPage(browser, agent);

  await page.goto(dossierUrl(dossier, '/justificatifs'));
  await expect(tab(page, 'Justificatifs')).toHaveAttribute('aria-current', 'page');
  const card = page.getByRole('article', { name: 'Relevé d’identité bancaire' });
  await expect(card.getByText('En attente de vérification')).toBeVisible();
  await expect(card.locator('iframe[title="Aperçu de attestation.pdf"]')).toBeVisible();
  await expect(card.getByRole('link', { name: /Télécharger/ })).toBeVisible();
  await expectAccessible(page);

  await card.getByRole('link', { name: /Rejeter/ }).click();
  await page.getByRole('button', { name: 'Confirmer le rejet' }).click();
  await expect(page.getByText('Saisissez le motif du rejet.').first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Motif', { exact: true }).fill('Le RIB est au nom d’une autre association.');
  await page.getByRole('button', { name: 'Confirmer le rejet' }).click();
  await expect(page.getByText('Le justificatif est rejeté.')).toBeVisible();
  await expect(card.getByText('Rejeté', { exact: true })).toBeVisible();

  const rejected = await waitForEmail(applicant.email, /a été rejeté/);
  await applicantPage.goto(linkIn(rejected, `/mon-compte/dossiers/${dossier.id}/justificatifs`));
  await expect(applicantPage.getByText('Motif du rejet : Le RIB est au nom d’une autre association.')).toBeVisible();
  await applicantPage.getByLabel('Choisir un fichier').setInputFiles(fixturePath('plan.png'));
  await expect(applicantPage.getByText('Justificatif remplacé')).toBeVisible();

  await page.reload();
  await expect(card.getByRole('link', { name: 'plan.png', exact: true })).toBeVisible();
  await expect(card.getByText('En attente de vérification')).toBeVisible();
  const image = card.getByRole('img', { name: 'Aperçu de plan.png' });
  await expect(image).toBeVisible();
  await expect.poll(() => image.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth)).toBeGreaterThan(0);
  await card.getByText('Versions précédentes (1)').click();
  await expect(card.getByRole('link', { name: 'attestation.pdf', exact: true })).toBeVisible();
  await expectAccessible(page);
  await card.getByRole('link', { name: /Valider/ }).click();
  await page.getByRole('button', { name: 'Confirmer la validation' }).click();
  await expect(page.getByText('Le justificatif est validé.')).toBeVisible();
  await expect(card.getByText('Validé', { exact: true })).toBeVisible();
  await expect(card.getByText(/par Karim/)).toBeVisible();

  await applicantPage.reload();
  await expect(applicantPage.getByText('Validé', { exact: true })).toBeVisible();
});

test('document puis décision : le demandeur trouve le document dans « Mes documents reçus », puis le refus et son motif', async ({ browser }) => {
  const { applicant, page: applicantPage, dossier, procedureId } = await applicantWithDossier(browser, 'EN_INSTRUCTION');
  const agent = await agentOf(procedureId);
  const page = await agentPage(browser, agent);
  await page.goto(dossierUrl(dossier));

  const send = page.getByRole('region', { name: 'Envoyer un document' });
  await send.getByLabel('Titre du document').fill('Courrier de relance');
  await send.getByLabel('Choisir un fichier').setInputFiles(fixturePath('attestation.pdf'));
  await expect(send.getByText(/Fichier joint\s+attestation\.pdf/)).toBeVisible();
  await send.getByRole('button', { name: 'Envoyer le document' }).click();
  await expect(page.getByText('Le document a été envoyé')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Documents envoyés' })).toContainText('Courrier de relance');
  await expectAccessible(page);

  await waitForEmail(applicant.email, /Vous avez reçu un document/);
  await applicantPage.goto('/mon-compte/documents-recus');
  const row = applicantPage.getByRole('row').filter({ hasText: 'Courrier de relance' });
  await expect(row.getByText('Nouveau')).toBeVisible();
  const download = applicantPage.waitForEvent('download');
  await row.getByRole('link', { name: /Télécharger/ }).click();
  expect((await download).suggestedFilename()).toBe('attestation.pdf');

  // « Échanges » and « Notes privées » on the way.
  await tab(page, 'Échanges').click();
  await page.getByLabel('Message au demandeur').fill('Nous examinons votre budget.');
  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(page.getByText('Votre message a été envoyé au demandeur.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Nous examinons votre budget.' })).toContainText('Vous');
  await expectAccessible(page);
  await tab(page, 'Notes privées').click();
  await page.getByLabel('Note', { exact: true }).fill('Budget à vérifier avec le service culture.');
  await page.getByRole('button', { name: 'Ajouter la note' }).click();
  await expect(page.getByText('La note privée a été ajoutée.')).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Budget à vérifier avec le service culture.' })).toContainText('Karim');
  await expectAccessible(page);

  await confirmAction(page, 'Refuser', 'Confirmer le refus');
  await expect(page.getByText('Saisissez le motif de la décision.').first()).toBeVisible();
  const panel = page.getByRole('group', { name: 'Refuser ce dossier ?' });
  await panel.getByLabel('Motif', { exact: true }).fill('Le projet ne relève pas de cette aide.');
  await panel.getByLabel('Titre du document').fill('Notification de refus');
  await panel.getByLabel('Choisir un fichier').setInputFiles(fixturePath('scan.webp'));
  await expect(panel.getByText(/Fichier joint\s+scan\.webp/)).toBeVisible();
  await expectAccessible(page);
  await panel.getByRole('button', { name: 'Confirmer le refus' }).click();
  await expect(page.getByText('La décision a été enregistrée')).toBeVisible();
  await expect(statusOf(page)).toContainText('Refusé');
  await expect(page.getByRole('region', { name: 'Actions' }).getByRole('link', { name: 'Repasser en instruction' })).toBeVisible();
  await expectAccessible(page);

  const decided = await waitForEmail(applicant.email, new RegExp(`Décision sur votre dossier n° ${dossier.number} : Refusé`));
  expect(decided.text).toContain('Le projet ne relève pas de cette aide.');
  expect(decided.text).toContain('Notification de refus');
  await applicantPage.goto('/mon-compte/documents-recus');
  await expect(applicantPage.getByRole('row').filter({ hasText: 'Notification de refus' })).toBeVisible();
  await applicantPage.goto(linkIn(decided, `/mon-compte/dossiers/${dossier.id}`));
  await expect(applicantPage.locator('.dossier-meta')).toContainText('Refusé');
  await applicantPage.getByRole('navigation', { name: 'Rubriques du dossier' }).getByRole('link', { name: 'Historique' }).click();
  await expect(applicantPage.getByRole('row').filter({ hasText: 'Décision' })).toContainText('Le projet ne relève pas de cette aide.');
  // The private note is nowhere on the applicant's side.
  await expect(applicantPage.getByText('Note privée')).toHaveCount(0);
  await expect(applicantPage.getByText('service culture')).toHaveCount(0);
  await applicantPage.getByRole('navigation', { name: 'Rubriques du dossier' }).getByRole('link', { name: 'Échanges' }).click();
  await expect(applicantPage.getByText('Nous examinons votre budget.')).toBeVisible();
  await expect(applicantPage.getByText('service culture')).toHaveCount(0);

  // « Repasser en instruction » for a mistake.
  await confirmAction(page, 'Repasser en instruction', 'Confirmer le retour en instruction', { Motif: 'Refus enregistré par erreur.' });
  await expect(page.getByText('Le dossier est repassé en instruction.')).toBeVisible();
  await expect(statusOf(page)).toContainText('En instruction');
  const reopened = await waitForEmail(applicant.email, /est de nouveau en instruction/);
  expect(reopened.text).toContain('Refus enregistré par erreur.');
  await tab(page, 'Historique').click();
  await expect(page.getByRole('row').filter({ hasText: 'Repassé en instruction' })).toContainText('Refus enregistré par erreur.');
  await expect(page.getByRole('row').filter({ hasText: 'Note privée ajoutée' })).toBeVisible();
  await expectAccessible(page);
});

test('deux agents sur le même dossier : le premier gagne, le second voit le conflit et l’état à jour', { tag: '@postgresql' }, async ({ browser }) => {
  const { dossier, procedureId } = await applicantWithDossier(browser, 'EN_INSTRUCTION');
  const first = await agentPage(browser, await agentOf(procedureId, 'INSTRUCTEUR', 'Karim'));
  const second = await agentPage(browser, await agentOf(null, 'ADMIN', 'Inès'));
  for (const page of [first, second]) await page.goto(dossierUrl(dossier));
  await first.getByRole('region', { name: 'Actions' }).getByRole('link', { name: 'Accepter' }).click();
  await second.getByRole('region', { name: 'Actions' }).getByRole('link', { name: 'Refuser' }).click();
  await second.getByLabel('Motif', { exact: true }).fill('Hors délai.');

  await first.getByRole('button', { name: 'Confirmer l’acceptation' }).click();
  await expect(first.getByText('La décision a été enregistrée')).toBeVisible();
  await second.getByRole('button', { name: 'Confirmer le refus' }).click();
  await expect(second.getByRole('alert').filter({ hasText: 'Action non enregistrée' })).toContainText('Ce dossier vient d’être modifié par quelqu’un d’autre');
  await expect(statusOf(second)).toContainText('Accepté');
  await expect(second.getByRole('region', { name: 'Actions' }).getByRole('link', { name: 'Repasser en instruction' })).toBeVisible();
  await expectAccessible(second);
  const after = await testDb().dossier.findUniqueOrThrow({
    where: { id: dossier.id },
    select: { status: true, _count: { select: { events: { where: { type: 'decision' } } } } },
  });
  expect(after).toEqual({ status: 'ACCEPTE', _count: { events: 1 } });
});

// Chromium's PDF viewer is in the whole browser only.
test('aperçu en ligne : le PDF s’affiche dans la page, avec ses propres en-têtes', { tag: '@navigateur-complet' }, async ({ browser }) => {
  const { dossier, fileId, procedureId } = await applicantWithDossier(browser, 'EN_INSTRUCTION');
  const page = await agentPage(browser, await agentOf(procedureId));
  const preview = await page.request.get(`/api/fichiers/${fileId}/apercu`);
  expect(preview.status()).toBe(200);
  const headers = preview.headers();
  expect(headers['content-type']).toBe('application/pdf');
  expect(headers['content-disposition']).toMatch(/^inline; filename="attestation\.pdf"/);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['x-frame-options']).toBe('SAMEORIGIN');
  expect(headers['content-security-policy']).toContain("frame-ancestors 'self'");
  expect(headers['content-security-policy']).not.toContain("frame-ancestors 'none'");
  // The download stays an attachment, the pages stay unframeable.
  expect((await page.request.get(`/api/fichiers/${fileId}`)).headers()['content-disposition']).toMatch(/^attachment;/);
  for (const url of [dossierUrl(dossier, '/justificatifs'), '/', `/api/fichiers/${fileId}`]) {
    const pageHeaders = (await page.request.get(url)).headers();
    expect(pageHeaders['x-frame-options'], url).toBe('DENY');
    expect(pageHeaders['content-security-policy'], url).toContain("frame-ancestors 'none'");
  }

  await page.goto(dossierUrl(dossier, '/justificatifs'));
  const frame = page.locator('iframe[title="Aperçu de attestation.pdf"]');
  await expect(frame).toBeVisible();
  // The frame was not refused (a refused frame is an error page, chrome-error://…) …
  await expect.poll(() => page.frames().some((child) => child.url().endsWith(`/api/fichiers/${fileId}/apercu`))).toBe(true);
  // … and Chromium's PDF viewer (its own process, out of reach of locators) draws the page: mostly
  // white, with the dark pixels of its text. A sandboxed frame (checked) stays dark all over.
  await expect
    .poll(
      async () => {
        const shot = await frame.screenshot({ path: test.info().outputPath('apercu-pdf.png') });
        const whole = await sharp(shot).greyscale().raw().toBuffer();
        const whitePage = whole.filter((value) => value > 240).length / whole.length > 0.2;
        const text = whole.filter((value) => value < 90).length > 50;
        return whitePage && text;
      },
      { timeout: 15_000, message: 'le lecteur PDF de Chromium : la page et son texte' },
    )
    .toBe(true);
});

// Each action of app/instruction/dossiers/[dossierId]/actions.ts, replayed by hand.
const ACTIONS_FILE = 'app/instruction/dossiers/[dossierId]/actions.ts';

// Each is posted to a page that uses it (an action unknown to a page is not run there at all).
function actionTable(dossier: TestDossier, version: number, fileId: string): { name: string; path: string; fields: Record<string, string> }[] {
  const base = { dossierId: dossier.id };
  const summary = dossierUrl(dossier);
  return [
    { name: 'startInstructionAction', path: summary, fields: { ...base, version: String(version) } },
    { name: 'requestComplementAction', path: summary, fields: { ...base, version: String(version), body: 'Intrus', dueOn: '2099-12-31' } },
    { name: 'decideDossierAction', path: summary, fields: { ...base, version: String(version), decision: 'ACCEPTE', reason: 'Intrus' } },
    { name: 'reopenInstructionAction', path: summary, fields: { ...base, version: String(version), reason: 'Intrus' } },
    {
      name: 'reviewAttachmentAction',
      path: dossierUrl(dossier, '/justificatifs'),
      fields: { ...base, attachmentId: dossier.attachmentId, decision: 'REJETE', reason: 'Intrus' },
    },
    { name: 'sendAgentMessageAction', path: dossierUrl(dossier, '/echanges'), fields: { ...base, body: 'Intrus' } },
    { name: 'issueDocumentAction', path: summary, fields: { ...base, title: 'Intrus', fileId: fileId } },
    { name: 'addPrivateNoteAction', path: dossierUrl(dossier, '/notes'), fields: { ...base, body: 'Intrus' } },
  ];
}

async function snapshot(dossierId: string) {
  const { status, version, _count, attachments } = await testDb().dossier.findUniqueOrThrow({
    where: { id: dossierId },
    select: {
      status: true,
      version: true,
      _count: { select: { events: true, notes: true, messages: true, issuedDocuments: true } },
      attachments: { select: { review: true } },
    },
  });
  const { events, notes, messages, issuedDocuments: documents } = _count;
  return { status, version, events, notes, messages, documents, reviews: attachments.map((attachment) => attachment.review).join(',') };
}

test('chaque action rejouée par un demandeur (403) ou un instructeur d’une autre démarche (404) ne change rien', async ({ browser }) => {
  const { page: applicantPage, dossier, procedureId } = await applicantWithDossier(browser, 'EN_INSTRUCTION');
  const before = await snapshot(dossier.id);
  const { version } = before;
  const applicantFile = await uploadFixture(applicantPage, 'scan.webp', 'image/webp');
  await applicantPage.goto(`/mon-compte/dossiers/${dossier.id}`);
  for (const action of actionTable(dossier, version, applicantFile)) {
    const response = await replayAction(applicantPage, { file: ACTIONS_FILE, name: action.name, path: action.path, fields: action.fields });
    expect(response.status(), `${action.name} par le demandeur`).toBe(403);
  }

  const otherProcedure = await procedureOf(
    (await insertDossier({ applicantId: (await createUser()).id, fileId: await uploadFixture(applicantPage, 'plan.png', 'image/png') })).id,
  );
  const outsider = await agentPage(browser, await agentOf(otherProcedure));
  const outsiderFile = await uploadFixture(outsider, 'attestation.pdf');
  await outsider.goto('/instruction');
  for (const action of actionTable(dossier, version, outsiderFile)) {
    const response = await replayAction(outsider, { file: ACTIONS_FILE, name: action.name, path: action.path, fields: action.fields });
    expect(response.status(), `${action.name} par un instructeur d’une autre démarche`).toBe(404);
  }
  expect(await snapshot(dossier.id)).toEqual(before);

  // The same replay by an agent of the démarche acts: the refusals above are not an accident of the replay.
  const insider = await agentPage(browser, await agentOf(procedureId));
  await insider.goto(dossierUrl(dossier));
  for (const action of actionTable(dossier, version, outsiderFile).filter(({ name }) => name === 'addPrivateNoteAction' || name === 'reviewAttachmentAction')) {
    const response = await replayAction(insider, { file: ACTIONS_FILE, name: action.name, path: action.path, fields: action.fields });
    expect(response.status(), action.name).toBeLessThan(400);
  }
  expect(await snapshot(dossier.id)).toMatchObject({ notes: 1, reviews: 'REJETE' });
});

test('les pages du dossier : connexion pour un visiteur, 403 pour un demandeur, 404 hors périmètre', async ({ page, browser }) => {
  const { applicant, dossier, fileId } = await applicantWithDossier(browser, 'EN_INSTRUCTION');
  const tabs = ['', '/justificatifs', '/echanges', '/notes', '/historique'];
  for (const segment of tabs) {
    await page.goto(dossierUrl(dossier, segment));
    await expect(page).toHaveURL(/\/connexion\?retour=%2Finstruction%2Fdossiers%2F/);
  }
  const applicantPage = await openSessionFor(browser, applicant as TestUser);
  for (const segment of tabs) {
    const response = await applicantPage.goto(dossierUrl(dossier, segment));
    expect(response?.status(), segment).toBe(403);
  }
  await expect(applicantPage.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
  await expectAccessible(applicantPage);

  const outsider = await agentPage(browser, await agentOf(null));
  for (const url of [...tabs.map((segment) => dossierUrl(dossier, segment)), `/instruction/dossiers/${randomUUID()}`, '/instruction/dossiers/pas-un-id']) {
    const response = await outsider.goto(url);
    expect(response?.status(), url).toBe(404);
  }
  await expect(outsider.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  await expectAccessible(outsider);
  expect((await outsider.request.get(`/api/fichiers/${fileId}`)).status()).toBe(404);
  expect((await outsider.request.get(`/api/fichiers/${fileId}/apercu`)).status()).toBe(404);
});
