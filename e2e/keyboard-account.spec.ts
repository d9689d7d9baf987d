import { GOOD_PASSWORD, uniqueEmail } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { expectAnnounced, focused, tabTo, typeInto } from './support/keyboard';
import { linkIn, waitForEmail } from './support/mail';

// Creating an account and signing in with the keyboard alone (no mouse): Tab, Enter, typing.
// After each step the test says where the focus is and that what happened is announced.

test('au clavier seul : créer son compte, le confirmer et se connecter, le focus suivant chaque étape', async ({ page }) => {
  const email = uniqueEmail();
  await page.goto('/connexion');
  await tabTo(page, page.getByRole('main').getByRole('link', { name: 'Enregistrement' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Créer un compte' })).toBeVisible();

  await typeInto(page, page.getByLabel('Prénom'), 'Élodie');
  await typeInto(page, page.getByLabel('Nom', { exact: true }), 'Durand');
  await typeInto(page, page.getByLabel('Courriel'), email);
  await typeInto(page, page.getByLabel('Mot de passe', { exact: true }), GOOD_PASSWORD);
  // The checklist of the password's rules is a live region: each rule met is heard while typing.
  await expectAnnounced(page.getByText(/Au moins 8 caractères.*(?<!non )respecté/));
  await typeInto(page, page.getByLabel('Confirmation du mot de passe'), 'Pas-le-meme-42!');
  // Enter in a field sends the form, as with the button.
  await page.keyboard.press('Enter');

  // Refused: the error summary (an alert) takes the focus; its link leads to the field.
  const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' });
  await expect(summary).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveText('Les deux mots de passe ne correspondent pas');
  await page.keyboard.press('Enter');
  const confirmation = page.getByLabel('Confirmation du mot de passe');
  await expect(confirmation).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(GOOD_PASSWORD);
  await tabTo(page, page.getByRole('button', { name: 'Enregistrement' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez votre messagerie' })).toBeVisible();

  // The link of the email: « Confirmer mon adresse » by Enter; the result takes the focus and is a status.
  const message = await waitForEmail(email, /Confirmez votre adresse courriel/);
  await page.goto(linkIn(message, '/confirmer-courriel'));
  await tabTo(page, page.getByRole('button', { name: 'Confirmer mon adresse' }));
  await page.keyboard.press('Enter');
  const confirmed = page.getByText('Votre adresse courriel est confirmée.');
  await expectAnnounced(confirmed);
  await expect(focused(page)).toContainText('Votre adresse courriel est confirmée.');
  await expectAccessible(page);
  // Tab goes on from there: the link « Connexion » of the message.
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveText('Connexion');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();

  // A wrong password: the summary takes the focus and says it; the fields keep the address.
  await typeInto(page, page.getByLabel('Courriel'), email);
  await typeInto(page, page.getByLabel('Mot de passe', { exact: true }), 'Pas-le-bon-42!');
  await page.keyboard.press('Enter');
  await expect(summary).toBeFocused();
  await expect(summary).toContainText('Courriel ou mot de passe incorrect.');
  await expectAccessible(page);
  await expect(page.getByLabel('Courriel')).toHaveValue(email);
  await tabTo(page, page.getByLabel('Mot de passe', { exact: true }));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(GOOD_PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expectAccessible(page);
});
