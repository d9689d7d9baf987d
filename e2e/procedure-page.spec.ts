import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { testDb } from './support/database';
import { createAgent } from './support/agents';
import { createUser, GOOD_PASSWORD } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { createProfileWithMembers } from './support/profiles';
import { insertProcedure } from './support/procedures';
import { signInAs } from './support/sessions';

// A démarche's page: its indicative processing time, set in the builder, is told before filing;
// « Déposer une demande » is seen without scrolling; a particulier goes straight to the draft.

/** The element is within the window as the page opens, without scrolling. */
async function expectAboveTheFold(page: Page, name: string, role: 'link' | 'button') {
  const target = page.getByRole(role, { name }).first();
  await expect(target).toBeVisible();
  const box = await target.boundingBox();
  const viewport = page.viewportSize();
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  expect(box, `« ${name} » est affiché`).not.toBeNull();
  expect(box!.y + box!.height, `« ${name} » est visible sans défiler à ${viewport?.width} px`).toBeLessThanOrEqual(viewport!.height);
  expect(box!.x + box!.width).toBeLessThanOrEqual(viewport!.width);
}

test('l’administrateur fixe le « Délai indicatif de traitement » : erreur en français à côté du champ, puis le public le voit', async ({ page, browser }) => {
  const admin = await createAgent({ role: 'ADMIN' });
  const procedure = await insertProcedure({ title: `Aide au transport scolaire ${randomUUID().slice(0, 6)}`, audience: 'PARTICULIER' });
  await signInAs(page, admin);
  await page.goto(`/instruction/demarches/${procedure.id}`);
  const delay = page.getByRole('group', { name: 'Délai indicatif de traitement (facultatif)' });
  await expect(delay).toBeVisible();

  // Half of it: the missing unit is asked for, on its field and in the summary.
  await delay.getByLabel('Nombre').fill('2');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Il y a un problème' })).toBeFocused();
  await expect(page.getByRole('link', { name: 'Choisissez l’unité du délai : jours, semaines ou mois, ou laissez aussi le nombre vide' })).toBeVisible();
  await expect(delay.getByLabel('Unité')).toHaveAccessibleDescription(/Choisissez l’unité du délai/);
  await expectAccessible(page);

  // Too long for the unit: said with the bound.
  await delay.getByLabel('Unité').selectOption({ label: 'mois' });
  await delay.getByLabel('Nombre').fill('30');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(delay.getByLabel('Nombre')).toHaveAccessibleDescription(/Saisissez un nombre entier entre 1 et 24 mois/);

  await delay.getByLabel('Nombre').fill('2');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Les informations de la démarche ont été enregistrées.')).toBeVisible();
  await expect(delay.getByLabel('Nombre')).toHaveValue('2');
  await expect(delay.getByLabel('Unité')).toHaveValue('MONTHS');
  await expectAccessible(page);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'pas de défilement horizontal à 375 px').toBeLessThanOrEqual(0);

  // The public page, before filing.
  const visitor = await (await browser.newContext({ baseURL: test.info().project.use.baseURL })).newPage();
  await visitor.goto(`/demarches/${procedure.slug}`);
  await expect(visitor.getByText('Délai indicatif de traitement : 2 mois', { exact: true })).toBeVisible();
  await expect(visitor.getByRole('definition').filter({ hasText: '2 mois à compter du dépôt de la demande' })).toBeVisible();
  await expectAccessible(visitor);
  await visitor.close();
});

test('« Déposer une demande » se voit sans défiler, à 1280 × 800 et à 375 px, pour un visiteur comme pour un usager connecté', async ({ page }) => {
  const procedure = await insertProcedure({
    title: `Aide aux familles d’accueil ${randomUUID().slice(0, 6)}`,
    audience: 'ASSOCIATION',
    // A long presentation pushes the end of the page far down.
    description: Array.from(
      { length: 12 },
      (_, index) => `Paragraphe ${index + 1} de la présentation de la démarche, assez long pour occuper une ligne entière.`,
    ).join('\n\n'),
    processingTime: 45,
    processingTimeUnit: 'DAYS',
  });
  for (const size of [
    { width: 1280, height: 800 },
    { width: 375, height: 800 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(`/demarches/${procedure.slug}`);
    await expectAboveTheFold(page, 'Se connecter pour déposer une demande', 'link');
    await expect(page.getByText('Délai indicatif de traitement : 45 jours', { exact: true })).toBeVisible();
  }
  // Again at the end of the long page.
  await expect(page.getByRole('link', { name: 'Se connecter pour déposer une demande' })).toHaveCount(2);
  await expectAccessible(page);

  const user = await createUser();
  await createProfileWithMembers([{ user, isAdmin: true, fn: 'PRESIDENT' }]);
  await signInAs(page, user);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  for (const size of [
    { width: 375, height: 800 },
    { width: 1280, height: 800 },
  ]) {
    await page.setViewportSize(size);
    await page.goto(`/demarches/${procedure.slug}`);
    await expectAboveTheFold(page, 'Déposer une demande', 'link');
  }
  await expectAccessible(page);
  // An association: « Pour qui ? » comes next, its only profile ticked.
  await page.getByRole('link', { name: 'Déposer une demande' }).first().click();
  await expect(page.getByRole('group', { name: 'Pour qui ?' }).getByRole('radio')).toBeChecked();
});

test('un particulier va droit au brouillon : après la connexion, il revient à la démarche et « Déposer une demande » crée le brouillon', async ({ page }) => {
  const user = await createUser();
  const procedure = await insertProcedure({ title: `Bourse d’études ${randomUUID().slice(0, 6)}`, audience: 'PARTICULIER' });
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(`/demarches/${procedure.slug}`);
  await page.getByRole('link', { name: 'Se connecter pour déposer une demande' }).first().click();
  await page.getByLabel('Courriel').fill(user.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(GOOD_PASSWORD);
  await page.getByRole('button', { name: 'Connexion', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: procedure.title })).toBeVisible();
  await expectAboveTheFold(page, 'Déposer une demande', 'button');
  await expect(page.getByText(`Vous faites cette demande en votre nom : ${user.firstName} ${user.lastName}`).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Déposer une demande' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeVisible();
  await expect(page).toHaveURL(/\/mon-compte\/dossiers\/[0-9a-f-]{36}\/modifier$/);

  // The same page's other button (or a second click) opens the same draft, not a second one.
  await page.goBack();
  await page.getByRole('button', { name: 'Déposer une demande' }).last().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeVisible();
  expect(await testDb().dossier.count({ where: { applicantId: user.id, procedureId: procedure.id } })).toBe(1);
});

test('une démarche réservée : un particulier sans association est guidé vers « Ajouter ou rejoindre un profil » ; une association ne peut pas déposer pour une démarche de particuliers', async ({
  page,
}) => {
  const user = await createUser();
  const forAssociations = await insertProcedure({ title: `Aide aux clubs ${randomUUID().slice(0, 6)}`, audience: 'ASSOCIATION' });
  await signInAs(page, user);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await page.goto(`/demarches/${forAssociations.slug}`);
  await expect(page.getByText('Les associations, par l’un de leurs membres')).toBeVisible();
  await page.getByRole('link', { name: 'Déposer une demande' }).first().click();
  await expect(page.getByText('Cette démarche est réservée aux associations.')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ajouter ou rejoindre un profil' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Commencer la demande' })).toHaveCount(0);
  await expectAccessible(page);

  // A member of an association, on a démarche of particuliers: in their own name only.
  await createProfileWithMembers([{ user, isAdmin: true, fn: 'PRESIDENT' }]);
  const forIndividuals = await insertProcedure({ title: `Aide individuelle ${randomUUID().slice(0, 6)}`, audience: 'PARTICULIER' });
  await page.goto(`/demarches/${forIndividuals.slug}`);
  await expect(page.getByText(`Vous faites cette demande en votre nom : ${user.firstName} ${user.lastName}`).first()).toBeVisible();
  await expect(page.getByRole('radio')).toHaveCount(0);
});
