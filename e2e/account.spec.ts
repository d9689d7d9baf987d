import { createUser, GOOD_PASSWORD, uniqueEmail } from './support/factories';
import { expect, expectAccessible, signIn, test } from './support/fixtures';
import { linkIn, messagesTo, waitForEmail } from './support/mail';

// Spec « Le compte »: register, confirm the address, sign in, update personal data, change the
// password, sign out — by the labels of the users' guide.

test('une personne crée son compte, le confirme, se connecte, modifie ses données et son mot de passe, puis se déconnecte', async ({ page }) => {
  const email = uniqueEmail();
  await page.goto('/');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Connexion – Créer son compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Enregistrement' }).click();

  await page.getByLabel('Prénom').fill('Élodie');
  await page.getByLabel('Nom', { exact: true }).fill('Durand');
  await page.getByLabel('Courriel').fill(email);
  const password = page.getByLabel('Mot de passe', { exact: true });
  await password.fill('abc');
  // The live checklist of the spec's rules.
  await expect(page.getByText(/Au moins 8 caractères.*non respecté/)).toBeVisible();
  await expect(page.getByText(/Au moins 1 lettre minuscule.*respecté/)).toBeVisible();
  await password.fill(GOOD_PASSWORD);
  await expect(page.getByText(/Au moins 8 caractères.*(?<!non )respecté/)).toBeVisible();
  await page.getByLabel('Confirmation du mot de passe').fill(GOOD_PASSWORD);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Enregistrement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez votre messagerie' })).toBeVisible();
  await expectAccessible(page);

  // Not confirmed yet: the right password is not enough.
  await signIn(page, email, GOOD_PASSWORD);
  await expect(page.getByText('Vous devez d’abord confirmer votre adresse courriel.')).toBeVisible();

  const confirmation = await waitForEmail(email, /Confirmez votre adresse courriel/);
  await page.goto(linkIn(confirmation, '/confirmer-courriel'));
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Confirmer mon adresse' }).click();
  await expect(page.getByText('Votre adresse courriel est confirmée.')).toBeVisible();
  // The same link opened again (the email is still in the inbox): not an error.
  await page.goto(linkIn(confirmation, '/confirmer-courriel'));
  await expect(page.getByRole('status').filter({ hasText: 'Votre adresse est déjà confirmée' })).toBeVisible();
  await expect(page.getByText('Ce lien ne fonctionne pas')).toHaveCount(0);
  await expectAccessible(page);

  await signIn(page, email, GOOD_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: /Mes données personnelles/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données personnelles' })).toBeVisible();
  await expect(page.getByText(email)).toBeVisible();
  await expectAccessible(page);

  await page
    .getByRole('button', { name: 'Modifier' })
    .or(page.getByRole('link', { name: 'Modifier' }))
    .click();
  await page.getByLabel('Prénom').fill('Élodie-Anne');
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('Vos données personnelles ont été mises à jour.')).toBeVisible();
  await expect(page.getByText('Élodie-Anne Durand')).toBeVisible();

  const newPassword = 'Girafe-Bleue-2026';
  const passwordSection = page
    .getByRole('region', { name: 'Mot de passe' })
    .or(page.locator('section', { has: page.getByRole('heading', { name: 'Mot de passe' }) }));
  await passwordSection.getByLabel('Mot de passe actuel').fill('Pas-le-bon-1!');
  await passwordSection.getByLabel('Nouveau mot de passe').fill(newPassword);
  await passwordSection.getByLabel('Confirmation du mot de passe').fill(newPassword);
  await page.getByRole('button', { name: 'Changer de mot de passe' }).click();
  await expect(passwordSection.getByText(/mot de passe actuel est incorrect/i).first()).toBeVisible();
  await passwordSection.getByLabel('Mot de passe actuel').fill(GOOD_PASSWORD);
  await passwordSection.getByLabel('Nouveau mot de passe').fill(newPassword);
  await passwordSection.getByLabel('Confirmation du mot de passe').fill(newPassword);
  await page.getByRole('button', { name: 'Changer de mot de passe' }).click();
  await expect(page.getByText('Votre mot de passe a été modifié. Vos autres sessions ont été fermées.')).toBeVisible();
  await waitForEmail(email, /Votre mot de passe a été modifié/);

  // Still signed in here after the change; then sign out.
  await page.getByRole('link', { name: 'Mon compte', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  await expect(page.getByText('Votre session est fermée.')).toBeVisible();
  await page.goto('/mon-compte');
  await expect(page).toHaveURL(/\/connexion/);

  await signIn(page, email, GOOD_PASSWORD);
  await expect(page.getByText('Courriel ou mot de passe incorrect.')).toBeVisible();
  await signIn(page, email, newPassword);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
});

test('s’enregistrer avec une adresse déjà utilisée affiche le même écran et prévient la titulaire', async ({ page }) => {
  const owner = await createUser();
  await page.goto('/inscription');
  await page.getByLabel('Prénom').fill('Intrus');
  await page.getByLabel('Nom', { exact: true }).fill('Inconnu');
  await page.getByLabel('Courriel').fill(owner.email.toUpperCase());
  await page.getByLabel('Mot de passe', { exact: true }).fill('Autre-Mot2passe!');
  await page.getByLabel('Confirmation du mot de passe').fill('Autre-Mot2passe!');
  await page.getByRole('button', { name: 'Enregistrement' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez votre messagerie' })).toBeVisible();
  await waitForEmail(owner.email, /Vous avez déjà un compte/);
  expect((await messagesTo(owner.email)).some((m) => /Confirmez votre adresse/.test(m.subject))).toBe(false);

  // The owner's password was not changed.
  await signIn(page, owner.email, owner.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
});

test('les erreurs du formulaire d’enregistrement sont annoncées, reliées aux champs, et rien n’est perdu', async ({ page }) => {
  await page.goto('/inscription');
  await page.getByLabel('Prénom').fill('Jean');
  await page.getByLabel('Courriel').fill('pas-une-adresse');
  await page.getByLabel('Mot de passe', { exact: true }).fill('Motdepasse1!');
  await page.getByLabel('Confirmation du mot de passe').fill('Motdepasse1?');
  await page.getByRole('button', { name: 'Enregistrement' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' });
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /Saisissez votre nom/ })).toBeVisible();
  await expect(page.getByLabel('Nom', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText(/adresse courriel valide/).first()).toBeVisible();
  await expect(page.getByText('Ce mot de passe est trop courant. Choisissez-en un autre.').first()).toBeVisible();
  await expect(page.getByText('Les deux mots de passe ne correspondent pas').first()).toBeVisible();
  await expect(page.getByLabel('Prénom')).toHaveValue('Jean');
  await expectAccessible(page);
});
