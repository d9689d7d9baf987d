import type { Page } from '@playwright/test';
import { createAgent } from './support/agents';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { insertProcedure, uniqueWord } from './support/procedures';
import { createProfileWithMembers, openSessionFor } from './support/profiles';
import { signInAs } from './support/sessions';

// « Dites-le-nous une fois » (decision 030): a draft starts with what the association's profile
// and the person's account already hold; the applicant may change it; the agent sees where each
// answer came from and whether it was changed.

const FROM_PROFILE = 'Pré-rempli depuis le profil de l’association';

async function addField(page: Page, type: string, label: string) {
  await page.getByLabel('Type du champ').selectOption({ label: type });
  await page.getByRole('button', { name: 'Ajouter un champ' }).click();
  await page.getByLabel('Libellé', { exact: true }).fill(label);
  await page.getByRole('button', { name: 'Ajouter le champ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Le champ a été ajouté.' })).toBeVisible();
}

/** The answer under its label in the agent's « Réponses ». */
function answer(page: Page, label: string) {
  return page
    .getByRole('region', { name: 'Réponses' })
    .locator('dl > div')
    .filter({ has: page.getByRole('term').getByText(label, { exact: true }) })
    .getByRole('definition');
}

test('une association trouve SIRET, RNA, adresse, courriel et téléphone pré-remplis, en modifie un, dépose ; l’agent voit leur origine', {
  tag: '@postgresql',
}, async ({ page, browser }) => {
  // The administrator builds the démarche.
  const admin = await createAgent({ role: 'ADMIN', firstName: 'Aline' });
  const title = `Aide aux fêtes de quartier ${uniqueWord()}`;
  const procedure = await insertProcedure({
    title,
    published: false,
    fields: [{ id: 'nom-du-projet', type: 'text', label: 'Nom du projet', required: true }],
    documents: [],
  });
  await signInAs(page, admin);
  await page.goto(`/instruction/demarches/${procedure.id}/formulaire`);
  await addField(page, 'Numéro SIRET', 'SIRET de l’association');
  await addField(page, 'Numéro RNA', 'RNA de l’association');
  await addField(page, 'Adresse', 'Adresse du siège');
  await addField(page, 'Courriel', 'Courriel de contact');
  await addField(page, 'Téléphone', 'Téléphone de contact');
  await expect(page.locator('.builder-item').filter({ hasText: 'SIRET de l’association' })).toContainText(`${FROM_PROFILE}, modifiable par le demandeur.`);
  await expectAccessible(page);
  await page.getByRole('navigation', { name: 'Rubriques de la démarche' }).getByRole('link', { name: 'Informations générales' }).click();
  await page.getByLabel('Publiée').check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.locator('.page-header').getByText('Publiée')).toBeVisible();

  // A member of the association files for it.
  const member = await createUser({ firstName: 'Inès', lastName: 'Roux' });
  const profile = await createProfileWithMembers([{ user: member, isAdmin: true, fn: 'PRESIDENT' }], {
    rna: 'W121000123',
    siret: '73282932000074',
    addressLine: '3 rue des Tanneurs',
    postalCode: '12000',
    city: 'Rodez',
    contactEmail: 'contact@fete-rodez.test',
    contactPhone: '05 65 00 00 00',
  });
  const applicant = await openSessionFor(browser, member);
  await applicant.goto(`/demarches/${procedure.slug}/deposer`);
  await expect(applicant.getByRole('radio', { name: profile.name })).toBeChecked();
  await applicant.getByRole('button', { name: 'Commencer la demande' }).click();
  await expect(applicant.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeVisible();
  const dossierId = /\/mon-compte\/dossiers\/([0-9a-f-]{36})\/modifier$/.exec(applicant.url())![1];

  await expect(applicant.getByText(/Certaines réponses sont déjà remplies avec les informations du profil de l’association\./)).toBeVisible();
  await expect(applicant.getByLabel('SIRET de l’association', { exact: true })).toHaveValue('73282932000074');
  await expect(applicant.getByLabel('RNA de l’association', { exact: true })).toHaveValue('W121000123');
  await expect(applicant.getByLabel('Adresse du siège', { exact: true })).toHaveValue('3 rue des Tanneurs, 12000 Rodez');
  await expect(applicant.getByLabel('Courriel de contact', { exact: true })).toHaveValue('contact@fete-rodez.test');
  await expect(applicant.getByLabel('Téléphone de contact', { exact: true })).toHaveValue('05 65 00 00 00');
  await expect(applicant.getByLabel('Nom du projet', { exact: true })).toHaveValue('');
  await expectAccessible(applicant);

  // Prefilled values stay editable: the treasurer's address instead of the association's.
  await applicant.getByLabel('Courriel de contact', { exact: true }).fill('tresorier@fete-rodez.test');
  await applicant.getByLabel('Nom du projet', { exact: true }).fill('Fête de la rue des Tanneurs');
  await applicant.getByRole('button', { name: 'Déposer' }).click();
  await expect(applicant.getByRole('heading', { level: 1, name: 'Votre demande a été déposée' })).toBeVisible();
  await applicant.context().close();

  // The agent of the démarche sees where each answer came from.
  const agent = await createAgent({ firstName: 'Paul', procedures: [procedure.id] });
  await signInAs(page, agent);
  await page.goto(`/instruction/dossiers/${dossierId}`);
  await expect(answer(page, 'SIRET de l’association')).toContainText('73282932000074');
  await expect(answer(page, 'SIRET de l’association')).toContainText(FROM_PROFILE);
  await expect(answer(page, 'SIRET de l’association')).not.toContainText('modifié');
  for (const label of ['RNA de l’association', 'Adresse du siège', 'Téléphone de contact']) {
    await expect(answer(page, label)).toContainText(FROM_PROFILE);
  }
  await expect(answer(page, 'Courriel de contact')).toContainText('tresorier@fete-rodez.test');
  await expect(answer(page, 'Courriel de contact')).toContainText(`${FROM_PROFILE}, modifié par le demandeur`);
  await expect(answer(page, 'Courriel de contact')).toContainText(/Valeur pré-remplie\s:\scontact@fete-rodez\.test/);
  await expect(answer(page, 'Nom du projet')).not.toContainText('Pré-rempli');
  await expectAccessible(page);
  // On the narrowest phone, the longest note wraps within the screen.
  await page.setViewportSize({ width: 320, height: 720 });
  const note = answer(page, 'Courriel de contact').locator('.prefill-origin');
  await note.scrollIntoViewIfNeeded();
  const box = await note.boundingBox();
  expect(box!.x + box!.width, 'la note tient dans l’écran').toBeLessThanOrEqual(320);
  await page.screenshot({ path: test.info().outputPath('agent-reponses-320.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  // An instructeur of other démarches does not see it at all.
  const stranger = await createAgent({ firstName: 'Zoé' });
  await signInAs(page, stranger);
  const refused = await page.goto(`/instruction/dossiers/${dossierId}`);
  expect(refused?.status()).toBe(404);
});

test('un particulier trouve son nom et son courriel pré-remplis depuis son compte', async ({ page }) => {
  const procedure = await insertProcedure({
    title: `Aide au permis ${uniqueWord()}`,
    audience: 'PARTICULIER',
    fields: [
      { id: 'nom', type: 'fullname', label: 'Nom et prénom', required: true },
      { id: 'courriel', type: 'email', label: 'Courriel', required: true },
      { id: 'telephone', type: 'phone', label: 'Téléphone', required: false },
    ],
    documents: [],
  });
  const person = await createUser({ firstName: 'Louise', lastName: 'Bernard' });
  await signInAs(page, person);
  await page.goto(`/demarches/${procedure.slug}`);
  await page.getByRole('button', { name: 'Déposer une demande' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeVisible();
  await expect(page.getByText(/Certaines réponses sont déjà remplies avec les informations de votre compte\./)).toBeVisible();
  await expect(page.getByLabel('Nom et prénom', { exact: true })).toHaveValue('Louise Bernard');
  await expect(page.getByLabel('Courriel', { exact: true })).toHaveValue(person.email);
  // A particulier's account holds no phone number.
  await expect(page.getByLabel('Téléphone (facultatif)', { exact: true })).toHaveValue('');
  await expectAccessible(page);
});
