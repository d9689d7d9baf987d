import { createUser, uniqueEmail } from './support/factories';
import { testDb } from './support/database';
import { expect, expectAccessible, signIn, test } from './support/fixtures';
import { linkIn, messagesTo, waitForEmail } from './support/mail';

const SAME_ANSWER = /Si un compte existe pour cette adresse, vous allez recevoir un courriel/;

test('mot de passe oublié : lien par courriel, nouveau mot de passe, lien à usage unique, autres sessions fermées', async ({ page, browser }) => {
  const user = await createUser();
  // Another device, signed in before the reset.
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await signIn(otherPage, user.email, user.password);
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();

  await page.goto('/');
  await page.getByRole('link', { name: 'Connexion – Créer son compte' }).click();
  await page.getByRole('link', { name: 'Réinitialiser mon mot de passe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réinitialiser mon mot de passe' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Courriel').fill(user.email);
  await page.getByRole('button', { name: 'Soumettre' }).click();
  await expect(page.getByText(SAME_ANSWER)).toBeVisible();

  const email = await waitForEmail(user.email, /Réinitialisation de votre mot de passe/);
  const link = linkIn(email, '/mot-de-passe/nouveau');
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe' })).toBeVisible();
  await expectAccessible(page);
  const newPassword = 'Hirondelle-Printemps-7';
  await page.getByLabel('Nouveau mot de passe').fill(newPassword);
  await page.getByLabel('Confirmation du mot de passe').fill(newPassword);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page).toHaveURL(/\/connexion/);
  await expect(page.getByText(/Votre mot de passe a été modifié/)).toBeVisible();

  // The other device's session has ended.
  await otherPage.goto('/mon-compte');
  await expect(otherPage).toHaveURL(/\/connexion/);
  await otherDevice.close();

  // The link works once: opened again, it says so and offers no form.
  await page.goto(link);
  await expect(page.getByText('Ce lien n’est plus valide. Demandez un nouveau lien.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer le mot de passe' })).toHaveCount(0);
  await expectAccessible(page);

  await signIn(page, user.email, user.password);
  await expect(page.getByText('Courriel ou mot de passe incorrect.')).toBeVisible();
  await signIn(page, user.email, newPassword);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
});

test('la réponse est la même pour une adresse inconnue, et aucun courriel ne part', async ({ page }) => {
  const unknown = uniqueEmail('inconnu');
  await page.goto('/mot-de-passe/reinitialiser');
  await page.getByLabel('Courriel').fill(unknown);
  await page.getByRole('button', { name: 'Soumettre' }).click();
  await expect(page.getByText(SAME_ANSWER)).toBeVisible();
  // An email is queued in the transaction that answers (lib/mail/outbox.ts): none was.
  expect(await testDb().outboxEmail.count({ where: { to: unknown } })).toBe(0);
  expect(await messagesTo(unknown)).toEqual([]);
});

test('un lien de réinitialisation inventé est refusé', async ({ page }) => {
  await page.goto('/mot-de-passe/nouveau?jeton=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA');
  await expect(page.getByText('Ce lien n’est plus valide. Demandez un nouveau lien.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Enregistrer le mot de passe' })).toHaveCount(0);
});
