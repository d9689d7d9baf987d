import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { createStoredFile } from '../test/factories/files';
import { createProfileDocument } from '../test/factories/profiles';
import { createAgent } from './support/agents';
import { testDb } from './support/database';
import { fixturePath } from './support/dossiers';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { insertProcedure, uniqueWord } from './support/procedures';
import { createProfileWithMembers, openSessionFor } from './support/profiles';
import { signInAs } from './support/sessions';

// « Dites-le-nous une fois »: the association's documents are given once on its profile
// (« Documents »), then joined to each of its demands; a dossier keeps the version it was filed with.

const RIB = 'Relevé d’identité bancaire';
const STATUTS = 'Statuts de l’association';
const NBSP = '\u00a0';

async function pdfNamed(name: string) {
  return { name, mimeType: 'application/pdf', buffer: await readFile(fixturePath('attestation.pdf')) };
}

function linkedProcedure() {
  return insertProcedure({
    title: `Aide aux projets ${uniqueWord()}`,
    audience: 'ASSOCIATION',
    fields: [{ id: 'nom-du-projet', type: 'text', label: 'Nom du projet', required: true }],
    documents: [
      { id: 'rib', label: RIB, required: true, profileDocumentType: 'RIB' },
      { id: 'statuts', label: STATUTS, required: true, profileDocumentType: 'STATUTS' },
    ],
  });
}

/** « Ajouter un document » (or « Remplacer », type already chosen) on the profile's « Documents » tab. */
async function addDocument(page: Page, type: string | null, fileName: string) {
  if (type) await page.getByLabel('Type de document').selectOption({ label: type });
  await page.getByLabel('Choisir un fichier').setInputFiles(await pdfNamed(fileName));
  await expect(page.getByRole('group', { name: 'Fichier' }).getByText(new RegExp(`Fichier joint\\s+${fileName.replaceAll('.', '\\.')}`))).toBeVisible();
  await page.getByRole('button', { name: 'Ajouter le document' }).click();
}

/** « Déposer une demande » for the only profile: the draft opens. */
async function startDemand(page: Page, slug: string): Promise<string> {
  await page.goto(`/demarches/${slug}`);
  await page.getByRole('link', { name: 'Déposer une demande' }).first().click();
  await page.getByRole('button', { name: 'Commencer la demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeVisible();
  return page.url().match(/dossiers\/([0-9a-f-]{36})\/modifier/)![1];
}

test('un administrateur ajoute statuts et RIB, les retrouve joints à ses demandes ; le RIB remplacé, l’agent voit l’ancien dans le premier dossier', {
  tag: '@postgresql',
}, async ({ page, browser }) => {
  const user = await createUser();
  const profile = await createProfileWithMembers([{ user, isAdmin: true, fn: 'PRESIDENT' }]);
  const procedure = await linkedProcedure();
  const agent = await createAgent({ procedures: [procedure.id] });
  await signInAs(page, user);

  await page.goto(`/mon-compte/profils/${profile.profileId}/informations`);
  await page.getByRole('navigation', { name: 'Rubriques du profil' }).getByRole('link', { name: 'Documents' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Documents de l’association' })).toBeVisible();
  await expectAccessible(page);
  // Nothing chosen: refused next to the fields, nothing added.
  await page.getByRole('button', { name: 'Ajouter le document' }).click();
  await expect(page.getByText('Choisissez le type de document').first()).toBeVisible();

  await addDocument(page, 'Statuts', 'statuts-2019.pdf');
  await expect(page.getByText('Le document a été ajouté aux documents de l’association.')).toBeVisible();
  await addDocument(page, 'RIB', 'rib-2025.pdf');
  await expect(page.getByRole('article', { name: 'RIB' })).toContainText('rib-2025.pdf');
  await expect(page.getByRole('article', { name: 'RIB' })).toContainText('Sans date de fin de validité');
  await expect(page.getByRole('article', { name: 'Statuts' })).toContainText('statuts-2019.pdf');
  await expectAccessible(page);

  // Filing for the profile: both are already joined, from the porte-documents.
  const firstId = await startDemand(page, procedure.slug);
  for (const [label, file] of [
    [RIB, 'rib-2025.pdf'],
    [STATUTS, 'statuts-2019.pdf'],
  ]) {
    const group = page.getByRole('group', { name: label });
    await expect(group.getByText(file)).toBeVisible();
    await expect(group).toContainText('Document du porte-documents de l’association');
  }
  await expectAccessible(page);
  await page.getByLabel('Nom du projet', { exact: true }).fill('Fête du moulin');
  await page.getByRole('button', { name: 'Déposer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Votre demande a été déposée' })).toBeVisible();
  await page.goto(`/mon-compte/dossiers/${firstId}/justificatifs`);
  await expect(page.getByRole('article', { name: RIB })).toContainText('Porte-documents');
  await expect(page.getByRole('article', { name: RIB })).toContainText('rib-2025.pdf');

  // A second demand reuses them.
  await startDemand(page, procedure.slug);
  await expect(page.getByRole('group', { name: RIB }).getByText('rib-2025.pdf')).toBeVisible();
  await expect(page.getByRole('group', { name: STATUTS }).getByText('statuts-2019.pdf')).toBeVisible();

  // The RIB changes: « Remplacer » keeps the old one in the history.
  await page.goto(`/mon-compte/profils/${profile.profileId}/documents`);
  await page
    .getByRole('article', { name: 'RIB' })
    .getByRole('link', { name: /^Remplacer/ })
    .click();
  await expect(page.getByRole('heading', { level: 2, name: `Remplacer${NBSP}: RIB` })).toBeVisible();
  await expect(page.getByLabel('Type de document')).toHaveValue('RIB');
  await addDocument(page, null, 'rib-2026.pdf');
  await expect(page.getByText(/Le document a été remplacé/)).toBeVisible();
  const rib = page.getByRole('article', { name: 'RIB' });
  await rib.getByText('Versions précédentes (1)').click();
  await expect(rib.getByRole('list')).toContainText('rib-2025.pdf');
  await expect(rib).toContainText('rib-2026.pdf');
  await expectAccessible(page);

  // The agent still receives, in the first dossier, the RIB it was filed with.
  const agentPage = await openSessionFor(browser, agent);
  await agentPage.goto(`/instruction/dossiers/${firstId}/justificatifs`);
  const card = agentPage.getByRole('article', { name: RIB });
  await expect(card).toContainText('rib-2025.pdf');
  await expect(card).not.toContainText('rib-2026.pdf');
  await expect(card).toContainText('Porte-documents');
  await expect(card).toContainText('sans date de fin de validité');
  await expectAccessible(agentPage);
});

test('un fichier joint en déposant s’enregistre aussi dans les documents de l’association ; un membre les lit sans les modifier, un autre usager ne les voit pas', async ({
  page,
  browser,
}) => {
  const user = await createUser();
  const member = await createUser();
  const stranger = await createUser();
  const profile = await createProfileWithMembers([
    { user, isAdmin: true, fn: 'PRESIDENT' },
    { user: member, fn: 'TRESORIER' },
  ]);
  const procedure = await linkedProcedure();
  await signInAs(page, user);

  await startDemand(page, procedure.slug);
  await page.getByLabel(`Choisir un fichier${NBSP}: ${STATUTS}`).setInputFiles(await pdfNamed('statuts-signes.pdf'));
  await expect(page.getByRole('group', { name: STATUTS }).getByText(/Fichier joint\s+statuts-signes\.pdf/)).toBeVisible();
  await page.getByRole('button', { name: /^Enregistrer aussi dans les documents de l’association/ }).click();
  await expect(page.getByText('Le justificatif a été enregistré dans les documents de l’association.')).toBeVisible();
  await expect(page.getByRole('group', { name: STATUTS })).toContainText('Document du porte-documents de l’association');
  await expectAccessible(page);

  const memberPage = await openSessionFor(browser, member);
  await memberPage.goto(`/mon-compte/profils/${profile.profileId}/documents`);
  await expect(memberPage.getByRole('article', { name: 'Statuts' })).toContainText('statuts-signes.pdf');
  await expect(memberPage.getByText('Seuls les administrateurs du profil peuvent ajouter, remplacer ou retirer un document.')).toBeVisible();
  await expect(memberPage.getByRole('button', { name: 'Ajouter le document' })).toHaveCount(0);
  await expect(memberPage.getByRole('link', { name: /^Remplacer/ })).toHaveCount(0);
  await expectAccessible(memberPage);

  const strangerPage = await openSessionFor(browser, stranger);
  const response = await strangerPage.goto(`/mon-compte/profils/${profile.profileId}/documents`);
  expect(response?.status()).toBe(404);
});

test('constructeur : une pièce justificative est liée à un type de document de l’association', async ({ page }) => {
  const procedure = await insertProcedure({ title: `Aide au fonctionnement ${uniqueWord()}`, audience: 'ASSOCIATION', published: false, documents: [] });
  const admin = await createAgent({ role: 'ADMIN' });
  await signInAs(page, admin);
  await page.goto(`/instruction/demarches/${procedure.id}/pieces-justificatives`);
  await page.getByRole('button', { name: 'Ajouter une pièce justificative' }).click();
  await page.getByLabel('Libellé', { exact: true }).fill(STATUTS);
  await page.getByLabel('Document de l’association').selectOption({ label: 'Statuts' });
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ajouter la pièce' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'La pièce justificative a été ajoutée.' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: STATUTS })).toContainText(`Document de l’association${NBSP}: Statuts`);
  const version = await testDb().procedureVersion.findFirstOrThrow({
    where: { procedureId: procedure.id },
    orderBy: { number: 'desc' },
    select: { documents: true },
  });
  expect(version.documents).toEqual([expect.objectContaining({ label: STATUTS, profileDocumentType: 'STATUTS' })]);
});

test('« Mon compte » : un document qui arrive à échéance est dans « À faire » de l’administrateur, pas du simple membre', async ({ page, browser }) => {
  const user = await createUser();
  const member = await createUser();
  const profile = await createProfileWithMembers([
    { user, isAdmin: true, fn: 'PRESIDENT' },
    { user: member, fn: 'MEMBRE' },
  ]);
  const file = await createStoredFile(testDb(), { ownerId: user.id, name: 'comptes-2025.pdf', attached: true });
  const validUntil = new Date(Date.now() + 10 * 24 * 60 * 60 * 1000);
  await createProfileDocument(testDb(), { profileId: profile.profileId, fileId: file.id, addedById: user.id, type: 'COMPTES_APPROUVES', validUntil });

  await signInAs(page, user);
  const todo = page.getByRole('region', { name: 'À faire' });
  const task = todo.getByRole('link', { name: `Remplacer le document «${NBSP}Derniers comptes approuvés${NBSP}» de ${profile.name}` });
  await expect(task).toBeVisible();
  await expect(todo).toContainText('Valable jusqu’au');
  await expectAccessible(page);
  await task.click();
  await expect(page.getByRole('article', { name: 'Derniers comptes approuvés' })).toContainText('comptes-2025.pdf');

  const memberPage = await openSessionFor(browser, member);
  await expect(memberPage.getByRole('region', { name: 'À faire' })).not.toContainText('Derniers comptes approuvés');
});
