import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { testDb } from './support/database';
import { insertDossier, issueDocumentTo, rejectAttachment, requestComplementAsServices, uploadFixture, fixturePath } from './support/dossiers';
import { createAgent } from './support/agents';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { signInAs } from './support/sessions';
import { createProfileWithMembers, openSessionFor } from './support/profiles';

// Following a dossier from « Mon compte », by the users' guide's labels. Dossiers and the
// services' acts (request for more information, rejection, document sent) are written in the
// database as the instruction functions would (lib/instruction/*), so that this journey tests the
// applicant's side only; e2e/instruction-dossier.spec.ts plays both sides in two browsers.

async function openDossierFromAccount(page: Page, number: string) {
  await page.getByRole('link', { name: /Mes dossiers/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes dossiers' })).toBeVisible();
  await expectAccessible(page);
  const row = page.getByRole('row').filter({ hasText: number });
  await row.getByRole('link', { name: /Visualiser/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: new RegExp(`Dossier n° ${number}`) })).toBeVisible();
}

function tab(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Rubriques du dossier' }).getByRole('link', { name });
}

test('« Mes dossiers » → « Visualiser » → tabs; answering a request for more information', async ({ page }) => {
  const applicant = await createUser();
  const agent = await createAgent();
  await signInAs(page, applicant);
  const fileId = await uploadFixture(page, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: applicant.id, fileId, status: 'EN_INSTRUCTION' });

  await expectAccessible(page);
  await openDossierFromAccount(page, dossier.number);
  await expect(tab(page, 'Résumé')).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('list', { name: 'Avancement du dossier' })).toContainText('En instruction : étape en cours');
  await expect(page.getByText('Fête du moulin')).toBeVisible();
  await expectAccessible(page);

  await tab(page, 'Justificatifs').click();
  await expect(page.getByRole('heading', { level: 2, name: 'Justificatifs' })).toBeVisible();
  await expect(page.getByText('En attente de vérification')).toBeVisible();
  await expectAccessible(page);
  await tab(page, 'Historique').click();
  await expect(page.getByRole('cell', { name: /Dossier déposé/ })).toBeVisible();
  await expectAccessible(page);

  await requestComplementAsServices(dossier.id, agent.id, 'Merci de préciser le nom exact du projet.');
  await page.goto(`/mon-compte/dossiers/${dossier.id}`);
  const request = page.getByRole('status').filter({ hasText: 'Des informations complémentaires sont demandées' });
  await expect(request).toContainText('Merci de préciser le nom exact du projet.');
  await expectAccessible(page);
  await page.getByLabel('Nom du projet').fill('Fête du moulin 2026');
  await page.getByLabel('Message aux services (facultatif)').fill('Le nom est précisé.');
  await page.getByRole('button', { name: 'Transmettre' }).click();

  await expect(page.getByText('Votre réponse a été transmise')).toBeVisible();
  await expect(page.getByText('Des informations complémentaires sont demandées')).toHaveCount(0);
  await expect(page.locator('.dossier-meta')).toContainText('En instruction');
  await expect(page.getByText('Fête du moulin 2026')).toBeVisible();
  await expectAccessible(page);
  await tab(page, 'Historique').click();
  await expect(page.getByRole('row').filter({ hasText: 'Réponse à la demande transmise' })).toContainText('Complément demandé → En instruction');
  await expectAccessible(page);
});

test('a rejected justificatif is replaced with « Choisir un fichier », the old one kept in the history', async ({ page }) => {
  const applicant = await createUser();
  const agent = await createAgent();
  await signInAs(page, applicant);
  const fileId = await uploadFixture(page, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: applicant.id, fileId, status: 'EN_INSTRUCTION' });
  await rejectAttachment(dossier.attachmentId, agent.id, 'Le document est illisible.');

  await page.goto(`/mon-compte/dossiers/${dossier.id}/justificatifs`);
  await expect(page.getByText('Motif du rejet : Le document est illisible.')).toBeVisible();
  await expect(page.getByText('Rejeté', { exact: true })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Choisir un fichier').setInputFiles(fixturePath('plan.png'));
  await expect(page.getByText('Justificatif remplacé')).toBeVisible();
  await expect(page.getByText('En attente de vérification', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'plan.png' })).toBeVisible();
  await page.getByText('Historique des versions').click();
  await expect(page.getByRole('link', { name: 'attestation.pdf' })).toBeVisible();
  await expectAccessible(page);

  const old = await page.request.get(`/api/fichiers/${fileId}`);
  expect(old.status()).toBe(200);
});

test('« Échanges »: send a message with an attachment', async ({ page }) => {
  const applicant = await createUser();
  await signInAs(page, applicant);
  const fileId = await uploadFixture(page, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: applicant.id, fileId });

  await page.goto(`/mon-compte/dossiers/${dossier.id}/echanges`);
  await expect(page.getByText('Aucun message pour l’instant.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(page.getByText('Saisissez votre message.').first()).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Votre message').fill('Voici le devis demandé.');
  await page.getByLabel('Choisir un fichier').setInputFiles(fixturePath('scan.webp'));
  await expect(page.getByText(/Fichier joint\s+scan\.webp/)).toBeVisible();
  await page.getByRole('button', { name: 'Envoyer le message' }).click();
  await expect(page.getByText('Votre message a été envoyé aux services du Département.')).toBeVisible();
  const message = page.getByRole('listitem').filter({ hasText: 'Voici le devis demandé.' });
  await expect(message).toContainText('Vous');
  await expect(message.getByRole('link', { name: 'scan.webp' })).toBeVisible();
  await expectAccessible(page);
});

test('« Mes documents reçus »: « Nouveau » until downloaded, attachment headers', async ({ page }) => {
  const applicant = await createUser();
  const agent = await createAgent();
  await signInAs(page, applicant);
  const fileId = await uploadFixture(page, 'attestation.pdf');
  await testDb().storedFile.update({ where: { id: fileId }, data: { ownerId: agent.id } });
  const title = `Notification de subvention ${randomUUID().slice(0, 4)}`;
  await issueDocumentTo(applicant.id, agent.id, fileId, title);

  await page.getByRole('link', { name: /Mes documents reçus/ }).click();
  const row = page.getByRole('row').filter({ hasText: title });
  await expect(row.getByText('Nouveau')).toBeVisible();
  await expectAccessible(page);

  const response = await page.request.get(`/api/fichiers/${fileId}`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-disposition']).toMatch(/^attachment; filename="attestation\.pdf"/);
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  expect(response.headers()['content-type']).toBe('application/pdf');

  const download = page.waitForEvent('download');
  await row.getByRole('link', { name: /Télécharger/ }).click();
  expect((await download).suggestedFilename()).toBe('attestation.pdf');
  await page.reload();
  await expect(page.getByRole('row').filter({ hasText: title }).getByText('Nouveau')).toHaveCount(0);
  await expectAccessible(page);
});

test('another applicant gets 404 for the dossier, its file and its document; a member of the profile sees it', async ({ page, browser }) => {
  const owner = await createUser();
  const member = await createUser();
  const stranger = await createUser();
  const { profileId, name } = await createProfileWithMembers([{ user: owner, isAdmin: true }, { user: member }]);
  await signInAs(page, owner);
  const fileId = await uploadFixture(page, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: owner.id, fileId, profileId });
  const fresh = await uploadFixture(page, 'plan.png', 'image/png');
  const issued = await uploadFixture(page, 'scan.webp', 'image/webp');
  await issueDocumentTo(owner.id, owner.id, issued, 'Arrêté attributif', dossier.id);

  const strangerPage = await openSessionFor(browser, stranger);
  for (const url of [`/mon-compte/dossiers/${dossier.id}`, `/mon-compte/dossiers/${dossier.id}/justificatifs`, `/mon-compte/dossiers/${randomUUID()}`]) {
    const response = await strangerPage.goto(url);
    expect(response?.status()).toBe(404);
    await expect(strangerPage.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
  }
  await expectAccessible(strangerPage);
  for (const id of [fileId, fresh, issued, randomUUID()]) {
    expect((await strangerPage.request.get(`/api/fichiers/${id}`)).status()).toBe(404);
  }
  await strangerPage.goto('/mon-compte/dossiers');
  await expect(strangerPage.getByText(dossier.number)).toHaveCount(0);
  await strangerPage.goto('/mon-compte/documents-recus');
  await expect(strangerPage.getByText('Arrêté attributif')).toHaveCount(0);
  await strangerPage.context().close();

  const anonymous = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.request.get(`/api/fichiers/${fileId}`)).status()).toBe(401);
  await anonymous.close();

  const memberPage = await openSessionFor(browser, member);
  await memberPage.goto(`/mon-compte/profils/${profileId}/dossiers`);
  const row = memberPage.getByRole('row').filter({ hasText: dossier.number });
  await expect(row).toContainText(name);
  await expectAccessible(memberPage);
  await row.getByRole('link', { name: /Visualiser/ }).click();
  await expect(memberPage.getByRole('heading', { level: 1, name: new RegExp(`Dossier n° ${dossier.number}`) })).toBeVisible();
  expect((await memberPage.request.get(`/api/fichiers/${fileId}`)).status()).toBe(200);
  expect((await memberPage.request.get(`/api/fichiers/${fresh}`)).status()).toBe(404);
  await memberPage.context().close();
});
