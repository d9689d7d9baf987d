import type { Page } from '@playwright/test';
import type { FieldDefinition } from '../lib/procedures/field-definitions';
import { replayAction } from './support/actions';
import { testDb } from './support/database';
import { createUser } from './support/factories';
import { createAgent } from './support/agents';
import { expect, expectAccessible, test } from './support/fixtures';
import { signInAs } from './support/sessions';
import { insertProcedure, uniqueWord } from './support/procedures';

// « Les nouvelles démarches sont affichées dans le bandeau « Démarches à la Une » de la page
// d’accueil du portail. » — the banner, the catalogue, a démarche's page, and the administrators'
// builder that makes them.

function banner(page: Page) {
  return page.getByRole('region', { name: 'Démarches à la Une' });
}

/**
 * A visitor sees an administrator's change in the banner at the next rendering of « Accueil »:
 * a rendering that began before the change may still be served once, and the page is rendered
 * again 15 s at most after the previous one (docs/decisions/009-home-page-cache.md).
 */
const BANNER_REFRESH = { timeout: 20_000, intervals: [500, 1_000] };

/** « Accueil » loaded again: how many links of the banner are named `title`. */
async function bannerLinksTo(visitor: Page, title: string): Promise<number> {
  await visitor.goto('/');
  await expect(banner(visitor).getByRole('heading', { name: 'Démarches à la Une' })).toBeVisible();
  return banner(visitor).getByRole('link', { name: title }).count();
}

async function addField(page: Page, type: string, label: string, options: (page: Page) => Promise<void> = async () => {}) {
  await page.getByLabel('Type du champ').selectOption({ label: type });
  await page.getByRole('button', { name: 'Ajouter un champ' }).click();
  await expect(page.getByText(`Nouveau champ : ${type}`)).toBeVisible();
  await page.getByLabel('Libellé', { exact: true }).fill(label);
  await options(page);
  await page.getByRole('button', { name: 'Ajouter le champ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Le champ a été ajouté.' })).toBeVisible();
}

async function addDocument(page: Page, label: string, required: boolean) {
  await page.getByRole('button', { name: 'Ajouter une pièce justificative' }).click();
  await page.getByLabel('Libellé', { exact: true }).fill(label);
  if (!required) await page.getByLabel('Pièce obligatoire').uncheck();
  await page.getByRole('button', { name: 'Ajouter la pièce' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'La pièce justificative a été ajoutée.' })).toBeVisible();
}

/** The actions of the journal about the démarche `slug`, oldest first. */
async function journalOf(slug: string): Promise<string[]> {
  const { id } = await testDb().procedure.findUniqueOrThrow({ where: { slug }, select: { id: true } });
  const rows = await testDb().auditLog.findMany({ where: { targetId: id }, orderBy: { createdAt: 'asc' }, select: { action: true } });
  return rows.map((row) => row.action);
}

function fieldTitles(page: Page) {
  return page.locator('.builder-item__title');
}

test('Accueil : le bandeau « Démarches à la Une » montre les démarches de démonstration, et mène au catalogue', async ({ page }) => {
  await page.goto('/');
  const featured = banner(page);
  await expect(featured.getByRole('heading', { level: 2, name: 'Démarches à la Une' })).toBeVisible();
  for (const title of [
    'Subvention de fonctionnement aux associations',
    'Aide aux projets culturels',
    'Aide à l’équipement sportif',
    'Aide au permis de conduire',
  ]) {
    await expect(featured.getByRole('link', { name: title })).toBeVisible();
  }
  // Not « à la Une »: only in the catalogue.
  await expect(featured.getByRole('link', { name: 'Fonds d’urgence associations' })).toHaveCount(0);
  const permis = featured.getByRole('listitem').filter({ hasText: 'Aide au permis de conduire' });
  await expect(permis).toContainText('Particuliers');
  await expect(permis).toContainText(/Date limite\s: \d{1,2} \S+ \d{4}/);
  await expectAccessible(page);

  await featured.getByRole('link', { name: 'Toutes les démarches' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toutes les démarches' })).toBeVisible();
  await expectAccessible(page);
  // Other tests add démarches that sort first: the catalogue's search finds this one on any page.
  await page.getByLabel('Rechercher', { exact: true }).fill('urgence associations');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/recherche=urgence/);
  await expect(page.getByRole('heading', { level: 2, name: '1 démarche correspond à votre recherche' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Fonds d’urgence associations' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Fonds d’urgence associations' })).toContainText('Sans date limite');
  await page.getByLabel('Rechercher', { exact: true }).fill('permis de conduire');
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/recherche=permis/);

  await page.getByRole('link', { name: 'Aide au permis de conduire' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Aide au permis de conduire' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Qui peut faire la demande ?' })).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: 'Pièce d’identité' })).toContainText('(obligatoire)');
  await expect(page.getByRole('listitem').filter({ hasText: 'Justificatif de situation' })).toContainText('(facultative)');
  await expect(page.getByText('Formats acceptés : PDF ou image')).toBeVisible();
  // A démarche of particuliers: back to its page after signing in, where the button creates the draft.
  await expect(page.getByRole('link', { name: 'Se connecter pour déposer une demande' }).first()).toHaveAttribute(
    'href',
    '/connexion?retour=%2Fdemarches%2Faide-permis-de-conduire',
  );
  await expectAccessible(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'pas de défilement horizontal à 375 px').toBeLessThanOrEqual(0);
});

test('un administrateur crée une démarche et construit son formulaire : erreurs à côté des champs, types, ordre au clavier, modification, suppression', async ({
  page,
}) => {
  const admin = await createAgent({ role: 'ADMIN', firstName: 'Aline' });
  const word = uniqueWord();
  const title = `Aide aux jardins partagés ${word}`;
  await signInAs(page, admin);
  await expect(page).toHaveURL(/\/instruction$/);
  await page.getByRole('navigation', { name: 'Rubriques de l’instruction' }).getByRole('link', { name: 'Démarches' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Démarches' })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: 'Aide au permis de conduire' })).toContainText('Publiée');
  await expectAccessible(page);

  // Créer : the slug follows the title; a mistake is explained next to its field.
  await page.getByRole('link', { name: 'Créer une démarche' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Créer une démarche' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Titre').fill(title);
  await expect(page.getByLabel('Identifiant d’adresse')).toHaveValue(`aide-aux-jardins-partages-${word}`);
  await page.getByRole('button', { name: 'Créer la démarche' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Il y a un problème' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Saisissez le résumé de la démarche' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Choisissez le public concerné' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Résumé').fill('Un coup de pouce aux associations qui cultivent des jardins ouverts aux habitants.');
  await page
    .getByLabel('Description')
    .fill('Le Département aide les jardins partagés.\n\n- semences\n- outillage\n\nVoir le [guide](https://www.service-public.fr/associations).');
  await page.getByRole('radio', { name: 'Associations' }).check();
  await page.getByLabel('Date de clôture (facultatif)').fill('2099-12-31');
  await page.getByRole('button', { name: 'Créer la démarche' }).click();

  // Formulaire : several fields of several types.
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(page.getByText('La démarche a été créée, en brouillon.')).toBeVisible();
  await expectAccessible(page);
  await addField(page, 'Texte court', 'Nom du jardin');
  await addField(page, 'Montant en euros', 'Montant demandé', async () => {
    await page.getByLabel('Montant minimal en euros (facultatif)').fill('100');
    await page.getByLabel('Montant maximal en euros (facultatif)').fill('5 000');
  });
  // A choice list needs two choices: the editor says so, on its field.
  await page.getByLabel('Type du champ').selectOption({ label: 'Choix dans une liste' });
  await page.getByRole('button', { name: 'Ajouter un champ' }).click();
  await page.getByLabel('Libellé', { exact: true }).fill('Surface du jardin');
  await page.getByLabel('Choix proposés').fill('Moins de 100 m²');
  await page.getByRole('button', { name: 'Ajouter le champ' }).click();
  await expect(page.getByRole('link', { name: 'Saisissez au moins 2 choix, un par ligne' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Choix proposés').fill('Moins de 100 m²\nDe 100 à 500 m²\nPlus de 500 m²');
  await page.getByRole('button', { name: 'Ajouter le champ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Le champ a été ajouté.' })).toBeVisible();
  await addField(page, 'Oui / non', 'Première demande');
  await expect(fieldTitles(page)).toHaveText(['1. Nom du jardin', '2. Montant demandé', '3. Surface du jardin', '4. Première demande']);

  // Reorder with the keyboard-operable buttons: the focus stays on the button pressed.
  await page.getByRole('button', { name: 'Monter « Première demande »' }).click();
  await expect(page.getByText('« Première demande » est maintenant en position 3 sur 4.')).toBeVisible();
  await expect(fieldTitles(page)).toHaveText(['1. Nom du jardin', '2. Montant demandé', '3. Première demande', '4. Surface du jardin']);
  await expect(page.getByRole('button', { name: 'Monter « Première demande »' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(fieldTitles(page)).toHaveText(['1. Nom du jardin', '2. Première demande', '3. Montant demandé', '4. Surface du jardin']);
  await expectAccessible(page);

  // Edit a label, then add a field and delete it after confirming.
  await page.getByRole('button', { name: 'Modifier « Nom du jardin »' }).click();
  await expect(page.getByText('Modifier le champ « Nom du jardin »')).toBeFocused();
  await expectAccessible(page);
  await page.getByLabel('Libellé', { exact: true }).fill('Nom du jardin partagé');
  await page.getByRole('button', { name: 'Enregistrer le champ' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Le champ a été modifié.' })).toBeVisible();
  await addField(page, 'Texte long', 'Champ provisoire');
  await page.getByRole('button', { name: 'Supprimer « Champ provisoire »' }).click();
  await expect(page.getByText('Supprimer le champ « Champ provisoire » ?')).toBeFocused();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Confirmer la suppression' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Le champ a été supprimé.' })).toBeVisible();
  await expect(fieldTitles(page)).toHaveText(['1. Nom du jardin partagé', '2. Première demande', '3. Montant demandé', '4. Surface du jardin']);

  const audit = await journalOf(`aide-aux-jardins-partages-${word}`);
  expect(audit).toEqual(
    expect.arrayContaining(['procedure.create', 'procedure.field.add', 'procedure.field.move', 'procedure.field.update', 'procedure.field.remove']),
  );
});

// The form built by the previous journey, as the builder stores it.
const GARDEN_FORM: FieldDefinition[] = [
  { id: 'nom-du-jardin', type: 'text', label: 'Nom du jardin partagé', required: true },
  { id: 'premiere-demande', type: 'yesno', label: 'Première demande', required: true },
  { id: 'montant-demande', type: 'amount', label: 'Montant demandé', required: true, min: 100, max: 5000 },
  { id: 'surface-du-jardin', type: 'choice', label: 'Surface du jardin', required: true, choices: ['Moins de 100 m²', 'De 100 à 500 m²', 'Plus de 500 m²'] },
];

test(
  'pièces justificatives, aperçu, publication à la Une : un visiteur la voit ; dépubliée, elle disparaît',
  { tag: '@postgresql' },
  async ({ page, browser }, testInfo) => {
    const admin = await createAgent({ role: 'ADMIN', firstName: 'Aline' });
    const title = `Aide aux jardins partagés ${uniqueWord()}`;
    const { id, slug } = await insertProcedure({
      title,
      published: false,
      description: 'Le Département aide les jardins partagés.\n\n- semences\n- outillage\n\nVoir le [guide](https://www.service-public.fr/associations).',
      fields: GARDEN_FORM,
      documents: [],
    });
    await signInAs(page, admin);
    await page.goto(`/instruction/demarches/${id}/formulaire`);
    await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();

    // Pièces justificatives.
    await page.getByRole('navigation', { name: 'Rubriques de la démarche' }).getByRole('link', { name: 'Pièces justificatives' }).click();
    await expectAccessible(page);
    await addDocument(page, 'Statuts de l’association', true);
    await addDocument(page, 'Plan du jardin', false);
    await expectAccessible(page);

    // Aperçu : the form as applicants will see it.
    await page.getByRole('navigation', { name: 'Rubriques de la démarche' }).getByRole('link', { name: 'Aperçu' }).click();
    const preview = page.getByRole('form', { name: 'Formulaire de demande' });
    await expect(preview.getByLabel('Nom du jardin partagé')).toBeDisabled();
    await expect(preview.getByLabel('Montant demandé')).toBeDisabled();
    await expect(preview.getByText(/Montant en euros entre 100,00\s€ et 5\s000,00\s€/)).toBeVisible();
    await expect(preview.getByRole('group', { name: 'Surface du jardin' }).getByRole('radio')).toHaveCount(3);
    await expect(preview.getByRole('group', { name: 'Première demande' }).getByRole('radio', { name: 'Oui' })).toBeDisabled();
    await expect(preview.getByLabel('Plan du jardin (facultatif)')).toHaveAttribute('type', 'file');
    await expectAccessible(page);

    // Publish and put « à la Une ».
    await page.getByRole('navigation', { name: 'Rubriques de la démarche' }).getByRole('link', { name: 'Informations générales' }).click();
    await expectAccessible(page);
    await page.getByLabel('Publiée').check();
    await page.getByLabel('À la Une', { exact: true }).check();
    await page.getByLabel('Ordre dans le bandeau').fill('1');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.locator('.page-header').getByText('Publiée')).toBeVisible();
    await expect(page.getByText('Les informations de la démarche ont été enregistrées.')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Voir la page publique' })).toHaveAttribute('href', `/demarches/${slug}`);

    // A visitor, in another browser.
    const visitorContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
    const visitor = await visitorContext.newPage();
    await expect.poll(() => bannerLinksTo(visitor, title), BANNER_REFRESH).toBe(1);
    await banner(visitor).getByRole('link', { name: title }).click();
    await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
    await expect(visitor.getByRole('link', { name: 'guide' })).toHaveAttribute('href', 'https://www.service-public.fr/associations');
    await expect(visitor.getByRole('listitem').filter({ hasText: 'Statuts de l’association' })).toContainText('(obligatoire)');
    await expect(visitor.getByRole('listitem').filter({ hasText: 'Plan du jardin' })).toContainText('(facultative)');
    await expect(visitor.getByText('Formats acceptés : PDF ou image')).toBeVisible();
    await expect(visitor.getByRole('link', { name: 'Se connecter pour déposer une demande' }).first()).toBeVisible();
    await expectAccessible(visitor);

    // Each change was journaled.
    const audit = await journalOf(slug);
    expect(audit).toEqual(expect.arrayContaining(['procedure.document.add', 'procedure.publish', 'procedure.feature']));

    // Unpublish: out of the banner, and its page is gone.
    await page.getByLabel('Publiée').uncheck();
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.locator('.page-header').getByText('Brouillon')).toBeVisible();
    await expect(page.getByText('Les informations de la démarche ont été enregistrées.')).toBeVisible();
    await expect.poll(() => bannerLinksTo(visitor, title), BANNER_REFRESH).toBe(0);
    const gone = await visitor.goto(`/demarches/${slug}`);
    expect(gone?.status()).toBe(404);
    await expect(visitor.getByRole('heading', { level: 1, name: 'Démarche introuvable' })).toBeVisible();
    await expectAccessible(visitor);
    await visitorContext.close();
  },
);

test('une démarche à la Une quitte le bandeau d’elle-même à sa clôture, et sa page dit qu’elle est fermée', async ({ page, browser }, testInfo) => {
  const word = uniqueWord();
  const title = `Aide éphémère ${word}`;
  const procedure = await insertProcedure({ title, featured: true });
  const admin = await createAgent({ role: 'ADMIN' });
  await signInAs(page, admin);
  await page.goto(`/instruction/demarches/${procedure.id}/pieces-justificatives`);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  // It closes in 8 s. The administrator's change refreshes the cached banner with that date;
  // nobody touches it afterwards.
  await testDb().procedure.update({ where: { id: procedure.id }, data: { closesAt: new Date(Date.now() + 8000) } });
  await addDocument(page, 'Attestation d’assurance', true);

  const visitorContext = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  const visitor = await visitorContext.newPage();
  await visitor.goto('/');
  await expect(banner(visitor).getByRole('link', { name: title })).toBeVisible();
  // Gone at the first rendering of the page after the closing (the page is rendered again 15 s
  // at most after the previous rendering: docs/decisions/009-home-page-cache.md).
  await expect
    .poll(
      async () => {
        await visitor.goto('/');
        return banner(visitor).getByRole('link', { name: title }).count();
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBe(0);
  await expectAccessible(visitor);

  // Its page too: the first visit after the closing may still get the page rendered before it
  // (rendered again in the background, like the banner).
  await expect
    .poll(
      async () => {
        await visitor.goto(`/demarches/${procedure.slug}`);
        return visitor.getByText('Cette démarche est fermée').count();
      },
      { timeout: 30_000, intervals: [1_000] },
    )
    .toBe(1);
  await expect(visitor.getByRole('heading', { name: 'Déposer une demande' })).toHaveCount(0);
  await expect(visitor.getByRole('link', { name: 'Se connecter pour déposer une demande' })).toHaveCount(0);
  await expectAccessible(visitor);
  await visitor.goto(`/demarches?recherche=${word}`);
  await expect(visitor.getByRole('heading', { level: 2, name: 'Aucune démarche ne correspond à votre recherche' })).toBeVisible();
  await visitorContext.close();
});

test('une démarche pas encore ouverte dit quand elle ouvrira, sans dépôt possible', async ({ page }) => {
  const opensAt = new Date(Date.UTC(2099, 2, 15, 10));
  const procedure = await insertProcedure({ title: `Aide future ${uniqueWord()}`, opensAt, closesAt: null });
  await page.goto(`/demarches/${procedure.slug}`);
  await expect(page.getByText('Cette démarche ouvrira le 15 mars 2099')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Se connecter pour déposer une demande' })).toHaveCount(0);
  await expectAccessible(page);
});

test('un usager connecté voit « Déposer une demande », sans lien de connexion', async ({ page }) => {
  const user = await createUser();
  await signInAs(page, user);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await page.goto('/demarches/aide-projets-culturels');
  // At the top and again at the end of the page.
  await expect(page.getByRole('link', { name: 'Déposer une demande' })).toHaveCount(2);
  await expect(page.getByRole('link', { name: 'Déposer une demande' }).first()).toHaveAttribute('href', '/demarches/aide-projets-culturels/deposer');
  await expect(page.getByRole('link', { name: 'Se connecter pour déposer une demande' })).toHaveCount(0);
  await expectAccessible(page);
});

test('le catalogue cherche par mots sans tenir compte des accents ni des majuscules, et filtre par public', async ({ page }) => {
  const word = uniqueWord();
  await insertProcedure({ title: `Équipement des clubs ${word}`, audience: 'ASSOCIATION' });
  await insertProcedure({ title: `Permis ${word}`, audience: 'PARTICULIER', summary: 'Pour les jeunes conducteurs.' });
  await insertProcedure({ title: `Équipement en brouillon ${word}`, published: false });

  await page.goto('/demarches');
  await page.getByRole('searchbox', { name: 'Rechercher' }).fill(`EQUIPEMENT ${word}`);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(new RegExp(`recherche=EQUIPEMENT\\+${word}`));
  const results = page.getByRole('region', { name: /correspond/ });
  await expect(page.getByRole('heading', { level: 2, name: '1 démarche correspond à votre recherche' })).toBeVisible();
  await expect(results.getByRole('link', { name: `Équipement des clubs ${word}` })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('searchbox', { name: 'Rechercher' }).fill(word);
  await page.getByLabel('Public concerné').selectOption({ label: 'Particuliers' });
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/public=particuliers/);
  await expect(page.getByRole('heading', { level: 2, name: '1 démarche correspond à votre recherche' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Permis ${word}` })).toBeVisible();
  await expect(page.getByRole('link', { name: `Équipement des clubs ${word}` })).toHaveCount(0);

  await page.getByLabel('Public concerné').selectOption({ label: 'Tous les publics' });
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByRole('heading', { level: 2, name: '2 démarches correspondent à votre recherche' })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Rechercher' }).fill(`jeunes ${word}`);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  // The results page of this search, not the previous one still on screen: a field typed before
  // it arrives would be replaced by the new page's.
  await expect(page).toHaveURL(new RegExp(`recherche=jeunes\\+${word}`));
  await expect(page.getByRole('heading', { level: 2, name: '1 démarche correspond à votre recherche' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Permis ${word}` })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Rechercher' }).fill(`brouillon ${word}`);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Aucune démarche ne correspond à votre recherche' })).toBeVisible();
  await expectAccessible(page);
});

/**
 * Calls a server action as the site's own JavaScript does (Next-Action header, arguments encoded
 * like React's encodeReply: `[previousState, FormData]`), from the page's signed-in browser context.
 */
const PROCEDURE_ACTIONS = 'app/instruction/demarches/actions.ts';

test.describe('accès réservé aux administrateurs', () => {
  test('un usager est refusé (403) dans /instruction/demarches, sur toutes ses pages et par ses actions rejouées', async ({ page }) => {
    const procedure = await insertProcedure({ title: `Démarche protégée ${uniqueWord()}` });
    const user = await createUser();
    await signInAs(page, user);
    await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
    for (const path of [
      '/instruction/demarches',
      '/instruction/demarches/nouveau',
      `/instruction/demarches/${procedure.id}`,
      `/instruction/demarches/${procedure.id}/formulaire`,
      `/instruction/demarches/${procedure.id}/apercu`,
    ]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(403);
      await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
    }
    await expectAccessible(page);

    // A server action is a public endpoint: replayed directly, it refuses the applicant too.
    const stolen = {
      updateProcedureInfoAction: {
        procedureId: procedure.id,
        title: 'Piratée',
        summary: 'x',
        description: 'x',
        audience: 'ASSOCIATION',
        opensOn: '2026-01-01',
        published: 'on',
      },
      removeFieldAction: { procedureId: procedure.id, itemId: 'nom-du-projet' },
      createProcedureAction: { title: 'Intruse', summary: 'x', description: 'x', audience: 'ASSOCIATION', opensOn: '2026-01-01' },
    };
    for (const [action, fields] of Object.entries(stolen)) {
      const response = await replayAction(page, { file: PROCEDURE_ACTIONS, path: `/instruction/demarches/${procedure.id}`, name: action, fields });
      expect(response.status(), action).toBe(403);
    }
    const after = await testDb().procedureVersion.findMany({
      where: { procedureId: procedure.id },
      select: { procedure: { select: { title: true } }, fields: true },
    });
    expect(after).toEqual([{ procedure: { title: procedure.title }, fields: [{ id: 'nom-du-projet', type: 'text', label: 'Nom du projet', required: true }] }]);
    expect(await testDb().procedure.count({ where: { title: 'Intruse' } })).toBe(0);
  });

  test('la même action rejouée par un administrateur agit (le refus ci-dessus n’est pas un hasard du rejeu)', async ({ page }) => {
    const procedure = await insertProcedure({ title: `Démarche rejouée ${uniqueWord()}` });
    const admin = await createAgent({ role: 'ADMIN' });
    await signInAs(page, admin);
    await expect(page).toHaveURL(/\/instruction$/);
    const fields = {
      procedureId: procedure.id,
      title: 'Titre changé par rejeu',
      summary: 'x',
      description: 'x',
      audience: 'ASSOCIATION',
      opensOn: '2026-01-01',
      published: 'on',
    };
    const response = await replayAction(page, {
      file: PROCEDURE_ACTIONS,
      path: `/instruction/demarches/${procedure.id}`,
      name: 'updateProcedureInfoAction',
      fields,
    });
    expect(response.status()).toBe(200);
    expect(await testDb().procedure.findMany({ where: { id: procedure.id }, select: { title: true } })).toEqual([{ title: 'Titre changé par rejeu' }]);
  });

  test('un instructeur n’a pas la rubrique « Démarches » et y est refusé', async ({ page }) => {
    const agent = await createAgent({ role: 'INSTRUCTEUR', firstName: 'Inès' });
    await signInAs(page, agent);
    await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Rubriques de l’instruction' }).getByRole('link', { name: 'Dossiers' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByRole('link', { name: 'Démarches', exact: true })).toHaveCount(0);
    await expectAccessible(page);
    const response = await page.goto('/instruction/demarches/nouveau');
    expect(response?.status()).toBe(403);
  });

  test('une personne non connectée est renvoyée vers la connexion', async ({ page }) => {
    await page.goto('/instruction/demarches');
    await expect(page).toHaveURL(/\/connexion\?retour=%2Finstruction%2Fdemarches/);
  });
});
