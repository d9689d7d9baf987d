import { createUser, uniqueEmail } from './support/factories';
import { expect, signIn, test } from './support/fixtures';
import { linkIn, waitForEmail } from './support/mail';

test('changer d’adresse courriel demande le mot de passe, confirme la nouvelle adresse et prévient l’ancienne', async ({ page }) => {
  const user = await createUser();
  const newEmail = uniqueEmail('nouvelle');
  await signIn(page, user.email, user.password);
  await page.getByRole('link', { name: /Mes données personnelles/ }).click();

  await page.getByLabel('Nouvelle adresse courriel').fill(newEmail);
  await page.getByRole('button', { name: 'Changer d’adresse courriel' }).click();
  await expect(page.getByText(/Saisissez votre mot de passe actuel/).first()).toBeVisible();

  await page.getByLabel('Nouvelle adresse courriel').fill(newEmail);
  const emailSection = page.locator('section', { has: page.getByRole('heading', { name: 'Adresse courriel' }) });
  await emailSection.getByLabel('Mot de passe actuel').fill(user.password);
  await page.getByRole('button', { name: 'Changer d’adresse courriel' }).click();
  await expect(page.getByText(/Un courriel de confirmation a été envoyé à la nouvelle adresse/)).toBeVisible();

  await waitForEmail(user.email, /Changement d'adresse courriel demandé|Changement d’adresse courriel demandé/);
  const confirm = await waitForEmail(newEmail, /Confirmez votre nouvelle adresse courriel/);
  await page.goto(linkIn(confirm, '/confirmer-courriel'));
  await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
  await expect(page.getByText(/adresse courriel est confirmée/)).toBeVisible();
  await waitForEmail(user.email, /Votre adresse courriel a été modifiée/);

  await page.goto('/mon-compte/donnees-personnelles');
  await expect(page.getByText(newEmail)).toBeVisible();
  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  await expect(page.getByText('Votre session est fermée.')).toBeVisible();
  await signIn(page, user.email, user.password);
  await expect(page.getByText('Courriel ou mot de passe incorrect.')).toBeVisible();
  await signIn(page, newEmail, user.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
});
