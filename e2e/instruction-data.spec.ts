import { readFile } from 'node:fs/promises';
import type { DossierStatus } from '../lib/generated/prisma/client';
import { createDossiers } from '../test/factories/dossiers';
import { createAgent } from './support/agents';
import { testDb } from './support/database';
import { createUser } from './support/factories';
import { expect, expectAccessible, signIn, test } from './support/fixtures';
import { signInAs } from './support/sessions';
import { insertProcedure, uniqueWord, type TestProcedure } from './support/procedures';

// « Exports » and « Statistiques » of the back-office: an instructeur exports the
// dossiers of their démarche as CSV and reads its statistics; nothing of another démarche, and
// nothing for applicants or visitors.

const DAY = 24 * 3600 * 1000;

/** A démarche with « Nom du projet » and « Montant demandé ». */
async function procedureWithAmount(title: string): Promise<TestProcedure> {
  return insertProcedure({
    title,
    fields: [
      { id: 'nom-du-projet', type: 'text', label: 'Nom du projet', required: true },
      { id: 'montant', type: 'amount', label: 'Montant demandé', required: true },
    ],
  });
}

type Seed = { status: DossierStatus; answers: Record<string, string | number>; submittedAt: Date | null; decidedAt?: Date };

/** Dossiers as a deposit (and a decision) would have left them; returns their numbers. */
async function insertDossiers(procedureId: string, applicantId: string, seeds: Seed[]): Promise<string[]> {
  const prefix = uniqueWord().slice(0, 8);
  const dossiers = await createDossiers(
    testDb(),
    { id: procedureId },
    seeds.map((seed, index) => ({ ...seed, applicantId, version: 1, number: seed.status === 'BROUILLON' ? null : `2026-${prefix}-${index + 1}` })),
  );
  return dossiers.flatMap(({ number }) => (number ? [number] : []));
}

async function seedScene() {
  const word = uniqueWord();
  const mine = await procedureWithAmount(`Aide aux fêtes ${word}`);
  const other = await procedureWithAmount(`Aide secrète ${word}`);
  const applicant = await createUser({ firstName: 'Jeanne', lastName: 'Durand' });
  const now = Date.now();
  const deposited = new Date(now - 30 * DAY);
  const [depositedNumber, acceptedNumber] = await insertDossiers(mine.id, applicant.id, [
    { status: 'DEPOSE', answers: { 'nom-du-projet': 'Fête du moulin', montant: 1500 }, submittedAt: new Date(now - 2 * DAY) },
    // Decided in 10 and 15 days: median 12,5 days, 90th percentile 14,5 days.
    {
      status: 'ACCEPTE',
      answers: { 'nom-du-projet': 'Bal du 14 juillet', montant: 800 },
      submittedAt: deposited,
      decidedAt: new Date(deposited.getTime() + 10 * DAY),
    },
    {
      status: 'REFUSE',
      answers: { 'nom-du-projet': '=HYPERLINK("http://evil.test")', montant: 20 },
      submittedAt: deposited,
      decidedAt: new Date(deposited.getTime() + 15 * DAY),
    },
    { status: 'BROUILLON', answers: { 'nom-du-projet': 'Brouillon confidentiel' }, submittedAt: null },
  ]);
  await insertDossiers(other.id, applicant.id, [
    { status: 'DEPOSE', answers: { 'nom-du-projet': 'Projet d’un autre service', montant: 5 }, submittedAt: new Date(now - DAY) },
  ]);
  return { mine, other, applicant, depositedNumber, acceptedNumber };
}

test('an instructeur exports the dossiers of their démarche as CSV, and nothing of another', async ({ page }) => {
  const { mine, other, depositedNumber, acceptedNumber } = await seedScene();
  const agent = await createAgent({ procedures: [mine.id] });
  await signInAs(page, agent);

  await page.getByRole('navigation', { name: 'Rubriques de l’instruction' }).getByRole('link', { name: 'Exports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Exports' })).toBeVisible();
  await expectAccessible(page);
  const procedureSelect = page.getByLabel('Démarche', { exact: true });
  await expect(procedureSelect.getByRole('option', { name: mine.title })).toHaveCount(1);
  await expect(procedureSelect.getByRole('option', { name: other.title })).toHaveCount(0);

  // Without a démarche: an error, announced and linked to the field.
  await page.getByRole('button', { name: 'Télécharger le fichier CSV' }).click();
  await expect(page.getByRole('alert', { name: 'Il y a un problème' })).toContainText('Choisissez la démarche dont vous voulez exporter les dossiers');
  await expectAccessible(page);

  await procedureSelect.selectOption({ label: mine.title });
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Télécharger le fichier CSV' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(new RegExp(`^dossiers-${mine.slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`));
  const bytes = await readFile((await download.path())!);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.toString('utf8').slice(1).split('\r\n').filter(Boolean);
  expect(lines[0]).toBe(
    'Numéro;Statut;Déposé le;Décidé le;Demandeur;Courriel;Profil;SIRET;RNA;Nom du projet;Montant demandé;Justificatifs;Justificatifs validés;Justificatifs rejetés;Justificatifs en attente',
  );
  expect(lines).toHaveLength(4);
  const deposited = lines.find((line) => line.startsWith(`${depositedNumber};`));
  expect(deposited).toContain(';Déposé;');
  expect(deposited).toContain(';Durand Jeanne;');
  expect(deposited).toContain(';Fête du moulin;1\u202f500,00\u00a0€;0;0;0;0');
  expect(lines.find((line) => line.startsWith(`${acceptedNumber};`))).toContain(';Accepté;');
  expect(lines.join('\n')).toContain(`"'=HYPERLINK(""http://evil.test"")"`);
  expect(lines.join('\n')).not.toContain('Brouillon confidentiel');
  expect(lines.join('\n')).not.toContain('autre service');

  const audit = await testDb().auditLog.findMany({
    where: { actorId: agent.id, action: 'instruction.dossiers-exported' },
    select: { targetId: true, details: true },
  });
  expect(audit).toEqual([{ targetId: mine.id, details: { format: 'csv', status: 'tous', procedure: mine.slug } }]);

  // One status only, straight from the route: the headers of a private download.
  const accepted = await page.request.get(`/instruction/exports/${mine.id}?statut=ACCEPTE`);
  expect(accepted.status()).toBe(200);
  expect(accepted.headers()['content-type']).toBe('text/csv; charset=utf-8');
  expect(accepted.headers()['cache-control']).toContain('no-store');
  expect(accepted.headers()['x-content-type-options']).toBe('nosniff');
  expect((await accepted.text()).split('\r\n').filter(Boolean)).toHaveLength(2);

  // A draft is never exported, even asked for by hand.
  expect((await page.request.get(`/instruction/exports/${mine.id}?statut=BROUILLON`)).status()).toBe(400);

  // Another service's démarche does not exist for them.
  const refused = await page.request.get(`/instruction/exports/${other.id}`);
  expect(refused.status()).toBe(404);
  expect(await refused.text()).not.toContain('autre service');
});

test('« Statistiques » shows the counts, the processing times and the charts with their tables', async ({ page }) => {
  const { mine, other } = await seedScene();
  const agent = await createAgent({ procedures: [mine.id] });
  await signInAs(page, agent);

  await page.getByRole('navigation', { name: 'Rubriques de l’instruction' }).getByRole('link', { name: 'Statistiques' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Statistiques' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Toutes mes démarches' })).toBeVisible();
  const card = (label: string) =>
    page
      .locator('.stat-card')
      .filter({ has: page.getByText(label, { exact: true }) })
      .locator('dd');
  await expect(card('Dossiers déposés')).toHaveText('3');
  await expect(card('Délai médian de traitement')).toHaveText('12,5 jours');
  await expect(card('90 % des dossiers traités en moins de')).toHaveText('14,5 jours');

  await expect(page.getByRole('img', { name: /Dossiers par statut/ })).toBeVisible();
  await expect(page.getByRole('img', { name: /Dossiers déposés par semaine/ })).toBeVisible();
  const statusTable = page.getByRole('table', { name: 'Dossiers par statut' });
  await expect(statusTable.getByRole('row', { name: /Accepté/ }).getByRole('cell')).toHaveText('1');
  await expect(statusTable.getByRole('row', { name: /Total/ }).getByRole('cell')).toHaveText('3');
  await expect(page.getByRole('table', { name: /Dossiers déposés par semaine/ }).getByRole('row')).toHaveCount(13);
  await expectAccessible(page);

  const procedureSelect = page.getByLabel('Démarche', { exact: true });
  await expect(procedureSelect.getByRole('option', { name: other.title })).toHaveCount(0);
  await procedureSelect.selectOption({ label: mine.title });
  await page.getByRole('button', { name: 'Afficher' }).click();
  await expect(page.getByRole('heading', { level: 2, name: mine.title })).toBeVisible();
  await expect(card('Dossiers déposés')).toHaveText('3');

  const response = await page.goto(`/instruction/statistiques?demarche=${other.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByText(other.title)).toHaveCount(0);
});

test('an applicant is refused, a visitor is sent to sign in, an agent to the second step', async ({ page }) => {
  const { mine } = await seedScene();
  const visitorPage = await page.request.get('/instruction/exports', { maxRedirects: 0 });
  expect(visitorPage.status()).toBe(307);
  expect(visitorPage.headers().location).toContain('/connexion?retour=%2Finstruction%2Fexports');
  const visitorFile = await page.request.get(`/instruction/exports/${mine.id}`, { maxRedirects: 0 });
  expect(visitorFile.status()).toBe(303);
  expect(visitorFile.headers().location).toBe('/connexion?retour=%2Finstruction%2Fexports');
  await page.goto('/instruction/statistiques');
  await expect(page).toHaveURL(/\/connexion\?retour=%2Finstruction%2Fstatistiques/);

  // An agent who gave the password but not the code is sent to the second step, not the file.
  const agent = await createAgent({ procedures: [mine.id] });
  await signIn(page, agent.email, agent.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Vérification en deux étapes' })).toBeVisible();
  const halfSignedIn = await page.request.get(`/instruction/exports/${mine.id}`, { maxRedirects: 0 });
  expect(halfSignedIn.status()).toBe(303);
  expect(halfSignedIn.headers().location).toBe('/connexion/verification?retour=%2Finstruction%2Fexports');
  await page.context().clearCookies();

  const applicant = await createUser();
  await signInAs(page, applicant);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  const file = await page.request.get(`/instruction/exports/${mine.id}`);
  expect(file.status()).toBe(403);
  expect(await file.text()).not.toContain('Fête du moulin');
  for (const path of ['/instruction/exports', '/instruction/statistiques']) {
    const response = await page.goto(path);
    expect(response?.status()).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
  }
  expect(await testDb().auditLog.count({ where: { actorId: applicant.id, action: 'instruction.dossiers-exported' } })).toBe(0);
});
