import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { signInAs } from './support/sessions';
import { waitForEmail } from './support/mail';
import { testDb } from './support/database';
import { createProfileWithMembers, openSessionFor } from './support/profiles';
import type { Locator, Page } from '@playwright/test';

// Spec « Mes profils »: sharing a profile, adding a member, joining with a key — by the labels of
// the users' guide, with two people in two browsers.

const INVALID_KEY = 'Cette clé n’est pas valable. Vérifiez-la ou demandez une nouvelle clé à l’administrateur du profil.';
const DATE = /\d{2}\/\d{2}\/\d{4}/;

function shareKeysTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Clés de partage du profil' });
}

function membersTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Membres du profil' });
}

/** Row `index` (0 = newest) of the share keys table, and its key as displayed. */
async function shareKeyRow(page: Page, index = 0) {
  const row = shareKeysTable(page)
    .getByRole('row')
    .nth(index + 1);
  const key = (await row.locator('code').textContent())?.trim() ?? '';
  return { row, key };
}

async function joinWithKey(page: Page, key: string, fn = 'Membre') {
  await page.getByRole('link', { name: 'Mon compte' }).click();
  await page.getByRole('link', { name: /Ajouter ou rejoindre un profil/ }).click();
  await page.getByRole('button', { name: /Rejoindre un profil existant/ }).click();
  await page.getByLabel('Clé de partage').fill(key);
  await page.getByLabel('Votre fonction').selectOption({ label: fn });
  await page.getByRole('button', { name: 'Envoyer' }).click();
}

test('A déclare son association : erreurs annoncées à côté des champs, puis le profil créé', async ({ page }) => {
  const alice = await createUser({ firstName: 'Alice', lastName: 'Durand' });
  const name = `Les Amis du Moulin ${Date.now()}`;

  // A: « Mon compte » → « Ajouter ou rejoindre un profil » → « Ajouter un profil ».
  await signInAs(page, alice);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expect(page.getByRole('link', { name: /Mes profils/ })).toBeVisible();
  await page.getByRole('link', { name: /Ajouter ou rejoindre un profil/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ajouter ou rejoindre un profil' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: /Ajouter un profil/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ajouter un profil' })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Nom de l’association').fill(name);
  await page.getByLabel('Numéro SIRET').fill('732 829 320 00075');
  await page.getByRole('button', { name: 'Créer le profil' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link', { name: /Saisissez un numéro SIRET valide/ })).toBeVisible();
  await expect(summary.getByRole('link', { name: /Choisissez votre fonction dans la liste/ })).toBeVisible();
  await expect(page.getByLabel('Numéro SIRET')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page);

  await page.getByLabel('Numéro SIRET').fill('');
  await page.getByLabel('Numéro RNA').fill('w751 234 567');
  await page.getByLabel('Adresse', { exact: true }).fill('3 rue des Tanneurs');
  await page.getByLabel('Code postal').fill('75001');
  await page.getByLabel('Commune').fill('Paris');
  await page.getByLabel('Courriel de contact').fill('contact@moulin.test');
  await page.getByLabel('Téléphone (facultatif)').fill('+33 1 23 45 67 89');
  await page.getByLabel('Objet de l’association').fill('Restaurer le moulin et le faire visiter.');
  await page.getByLabel('Votre fonction').selectOption({ label: 'Président(e)' });
  await page.getByRole('button', { name: 'Créer le profil' }).click();

  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByText('Le profil de l’association est créé.', { exact: false })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Informations' })).toHaveAttribute('aria-current', 'page');
  await expect(page.getByText('W751234567')).toBeVisible();
  await expect(page.getByText('01 23 45 67 89')).toBeVisible();
  await expectAccessible(page);
});

test('A ajoute un partage ; B rejoint le profil avec la clé ; A voit qui l’a activée ; la clé ne sert qu’une fois', async ({ page, browser }) => {
  const alice = await createUser({ firstName: 'Alice', lastName: 'Durand' });
  const bruno = await createUser({ firstName: 'Bruno', lastName: 'Lefèvre' });
  const chloe = await createUser({ firstName: 'Chloé', lastName: 'Petit' });
  const { profileId, name } = await createProfileWithMembers([{ user: alice, isAdmin: true, fn: 'PRESIDENT' }]);
  const profileUrl = `${test.info().project.use.baseURL}/mon-compte/profils/${profileId}/informations`;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await signInAs(page, alice);
  await page.goto(profileUrl);

  // « Composition » → « Partage(s) du profil » → « Ajouter un partage ».
  await page.getByRole('link', { name: 'Composition' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Partage(s) du profil' })).toBeVisible();
  await expect(page.getByText('Aucune clé de partage pour l’instant.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ajouter un partage' }).click();
  await expect(page.getByText('Une nouvelle clé de partage a été créée.', { exact: false })).toBeVisible();
  const { row, key } = await shareKeyRow(page);
  expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
  await expect(row.getByRole('cell').nth(1)).toContainText('Nouvelle');
  await expect(row.getByRole('cell').nth(2)).toHaveText(DATE);
  await expect(row.getByRole('cell').nth(3)).toHaveText('Alice Durand');
  await row.getByRole('button', { name: 'Copier la clé' }).click();
  await expect(row.getByRole('status')).toHaveText('Clé copiée');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(key);
  await expectAccessible(page);

  // B: « Mon compte » → « Ajouter ou rejoindre un profil » → « Rejoindre un profil existant », with the keyboard.
  const brunoPage = await openSessionFor(browser, bruno);
  await brunoPage.getByRole('link', { name: /Ajouter ou rejoindre un profil/ }).click();
  const disclosure = brunoPage.getByRole('button', { name: /Rejoindre un profil existant/ });
  await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
  await expect(brunoPage.getByLabel('Clé de partage')).toBeHidden();
  await disclosure.focus();
  await brunoPage.keyboard.press('Enter');
  await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
  await expect(brunoPage.getByLabel('Clé de partage')).toBeVisible();
  await expectAccessible(brunoPage);
  await brunoPage.keyboard.press('Tab');
  await expect(brunoPage.getByLabel('Clé de partage')).toBeFocused();
  // Typed as a person would: lower case, spaces instead of dashes.
  await brunoPage.keyboard.type(key.toLowerCase().replaceAll('-', ' '));
  await brunoPage.getByLabel('Votre fonction').selectOption({ label: 'Trésorier(ère)' });
  await brunoPage.getByRole('button', { name: 'Envoyer' }).click();

  await expect(brunoPage.getByRole('heading', { level: 1, name: 'Mes profils' })).toBeVisible();
  await expect(brunoPage.getByText(`Vous avez rejoint le profil « ${name} ».`)).toBeVisible();
  const tile = brunoPage.getByRole('link', { name: new RegExp(name) });
  await expect(tile).toContainText('Votre fonction : Trésorier(ère)');
  await expect(tile).toContainText('2 membres');
  await expect(tile).toContainText('RNA W751234567');
  await expectAccessible(brunoPage);

  // B is a member, not an administrator: no admin buttons.
  await tile.click();
  await expect(brunoPage.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(brunoPage.getByRole('button', { name: 'Modifier les informations' })).toHaveCount(0);
  await brunoPage.getByRole('link', { name: 'Composition' }).click();
  await expect(membersTable(brunoPage)).toContainText('Alice Durand');
  await expect(brunoPage.getByText('Seuls les administrateurs du profil peuvent ajouter un partage.', { exact: false })).toBeVisible();
  await expect(brunoPage.getByRole('button', { name: 'Ajouter un partage' })).toHaveCount(0);
  await expect(brunoPage.getByRole('button', { name: /Nommer administrateur/ })).toHaveCount(0);
  await expect(brunoPage.getByRole('link', { name: /Retirer du profil/ })).toHaveCount(0);
  await expect(shareKeysTable(brunoPage)).toHaveCount(0);
  await expect(brunoPage.getByText(key)).toHaveCount(0);
  await expectAccessible(brunoPage);

  // A reloads « Composition »: B's identity and the date in « Activée le ».
  await page.reload();
  const members = membersTable(page);
  const brunoRow = members.getByRole('row', { name: /Bruno Lefèvre/ });
  await expect(brunoRow).toContainText('Trésorier(ère)');
  await expect(brunoRow.getByRole('cell').nth(1)).toHaveText(DATE);
  await expect(brunoRow.getByRole('cell').nth(2)).toHaveText('Non');
  const activated = (await shareKeyRow(page)).row;
  await expect(activated.getByRole('cell').nth(1)).toHaveText('Activée');
  await expect(activated.getByRole('cell').nth(4)).toContainText(DATE);
  await expect(activated.getByRole('cell').nth(4)).toContainText('Bruno Lefèvre');
  await expect(activated.getByRole('button', { name: 'Copier la clé' })).toHaveCount(0);
  await expectAccessible(page);

  // A is told by email.
  const email = await waitForEmail(alice.email, new RegExp(`^Bruno Lefèvre a rejoint ${name}$`));
  expect(email.text).toContain(`${profileUrl.replace(/\/informations.*$/, '')}/composition`);

  // C: the used key is refused, and A's profile is a page that does not exist.
  const chloePage = await openSessionFor(browser, chloe);
  await joinWithKey(chloePage, key);
  await expect(chloePage.getByText(INVALID_KEY).first()).toBeVisible();
  await expect(chloePage.getByLabel('Clé de partage')).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(chloePage);
  for (const url of [profileUrl.replace(/\?.*$/, ''), profileUrl.replace(/informations.*$/, 'composition')]) {
    const response = await chloePage.goto(url);
    expect(response?.status()).toBe(404);
    await expect(chloePage.getByRole('heading', { level: 1, name: 'Page introuvable' })).toBeVisible();
    await expect(chloePage.getByText(name)).toHaveCount(0);
  }
  await expectAccessible(chloePage);
  await chloePage.goto('/mon-compte/profils');
  await expect(chloePage.getByText('Vous n’êtes membre d’aucun profil pour l’instant.')).toBeVisible();
  await expectAccessible(chloePage);
});

test('un administrateur révoque une clé « Nouvelle » ; une clé révoquée ou expirée est refusée', async ({ page, browser }) => {
  const admin = await createUser({ firstName: 'Alice', lastName: 'Durand' });
  const visitor = await createUser({ firstName: 'Chloé', lastName: 'Petit' });
  const { profileId } = await createProfileWithMembers([{ user: admin, isAdmin: true, fn: 'PRESIDENT' }]);

  await signInAs(page, admin);
  await page.goto(`/mon-compte/profils/${profileId}/composition`);
  await page.getByRole('button', { name: 'Ajouter un partage' }).click();
  await expect(page.getByText('Une nouvelle clé de partage a été créée.', { exact: false })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Ajouter un partage' }).click();
  await expect(shareKeysTable(page).getByRole('row')).toHaveCount(3);
  const newest = await shareKeyRow(page, 0);
  const oldest = await shareKeyRow(page, 1);

  // « Révoquer » asks first, then the row says « Révoquée ».
  await newest.row.getByRole('link', { name: 'Révoquer' }).click();
  const confirmation = page.getByRole('group', { name: `Révoquer la clé ${newest.key} ?` });
  await expect(confirmation).toBeVisible();
  await expect(confirmation.getByText(`Révoquer la clé ${newest.key} ?`)).toBeFocused();
  await expectAccessible(page);
  await confirmation.getByRole('button', { name: 'Confirmer la révocation' }).click();
  await expect(page.getByText('La clé de partage a été révoquée', { exact: false })).toBeVisible();
  const revoked = shareKeysTable(page).getByRole('row', { name: new RegExp(newest.key) });
  await expect(revoked.getByRole('cell').nth(1)).toHaveText('Révoquée');
  await expect(revoked.getByRole('link', { name: 'Révoquer' })).toHaveCount(0);
  await expectAccessible(page);

  // 30 days later (moved back in the database): « Expirée ».
  await testDb().shareKey.updateMany({
    where: { key: oldest.key },
    data: { expiresAt: new Date(Date.now() - 60_000), createdAt: new Date(Date.now() - 30 * 24 * 3600 * 1000) },
  });
  await page.reload();
  const expired = shareKeysTable(page).getByRole('row', { name: new RegExp(oldest.key) });
  await expect(expired.getByRole('cell').nth(1)).toHaveText('Expirée');
  await expect(expired.getByRole('link', { name: 'Révoquer' })).toHaveCount(0);
  await expectAccessible(page);

  const visitorPage = await openSessionFor(browser, visitor);
  for (const key of [newest.key, oldest.key]) {
    await joinWithKey(visitorPage, key);
    await expect(visitorPage.getByText(INVALID_KEY).first()).toBeVisible();
  }
  expect(await testDb().membership.count({ where: { userId: visitor.id } })).toBe(0);
});

test('un administrateur change une fonction, retire un membre, nomme un administrateur, puis quitte le profil', { tag: '@postgresql' }, async ({ page }) => {
  const admin = await createUser({ firstName: 'Alice', lastName: 'Durand' });
  const bruno = await createUser({ firstName: 'Bruno', lastName: 'Lefèvre' });
  const chloe = await createUser({ firstName: 'Chloé', lastName: 'Petit' });
  const { profileId, name } = await createProfileWithMembers([
    { user: admin, isAdmin: true, fn: 'PRESIDENT' },
    { user: bruno, fn: 'MEMBRE' },
    { user: chloe, fn: 'SECRETAIRE' },
  ]);
  await signInAs(page, admin);

  // « Informations » are editable by an administrator (pencil, then « Valider »).
  await page.goto(`/mon-compte/profils/${profileId}`);
  await expect(page).toHaveURL(new RegExp(`/mon-compte/profils/${profileId}/informations$`));
  await page.getByRole('button', { name: 'Modifier les informations' }).click();
  await page.getByLabel('Commune').fill('Lyon');
  await page.getByLabel('Code postal').fill('6900');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('Saisissez un code postal de 5 chiffres, par exemple 75001').first()).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Code postal').fill('69001');
  await page.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('Les informations du profil ont été mises à jour.')).toBeVisible();
  await expect(page.getByText('69001 Lyon')).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Composition' }).click();
  const members = membersTable(page);

  // The last administrator cannot leave.
  await page.getByRole('link', { name: 'Quitter le profil' }).click();
  await page.getByRole('button', { name: 'Confirmer le départ' }).click();
  await expect(page.getByText('Vous êtes le seul administrateur de ce profil', { exact: false })).toBeVisible();
  await expectAccessible(page);

  // « Modifier la fonction »: « Autre » needs « Précisez ».
  await members
    .getByRole('row', { name: /Bruno Lefèvre/ })
    .getByRole('link', { name: 'Modifier la fonction' })
    .click();
  const functionForm = page.getByRole('group', { name: 'Modifier la fonction de Bruno Lefèvre' });
  await functionForm.getByLabel('Fonction').selectOption({ label: 'Autre' });
  await functionForm.getByRole('button', { name: 'Valider' }).click();
  await expect(functionForm.getByText('Précisez la fonction').first()).toBeVisible();
  await expectAccessible(page);
  await functionForm.getByLabel('Précisez').fill('Archiviste');
  await functionForm.getByRole('button', { name: 'Valider' }).click();
  await expect(page.getByText('La fonction du membre a été modifiée.')).toBeVisible();
  await expect(members.getByRole('row', { name: /Bruno Lefèvre/ })).toContainText('Archiviste');
  await expectAccessible(page);

  // « Retirer du profil », after a confirmation.
  await members
    .getByRole('row', { name: /Chloé Petit/ })
    .getByRole('link', { name: 'Retirer du profil' })
    .click();
  await expectAccessible(page);
  await page.getByRole('group', { name: 'Retirer Chloé Petit du profil ?' }).getByRole('button', { name: 'Confirmer le retrait' }).click();
  await expect(page.getByText('Le membre a été retiré du profil.')).toBeVisible();
  await expect(members.getByRole('row', { name: /Chloé Petit/ })).toHaveCount(0);

  // « Nommer administrateur », then the former sole administrator may leave.
  await members
    .getByRole('row', { name: /Bruno Lefèvre/ })
    .getByRole('button', { name: /Nommer administrateur/ })
    .click();
  await expect(page.getByText('Le membre est désormais administrateur du profil.')).toBeVisible();
  await expect(
    members
      .getByRole('row', { name: /Bruno Lefèvre/ })
      .getByRole('cell')
      .nth(2),
  ).toHaveText('Oui');
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Quitter le profil' }).click();
  await page.getByRole('button', { name: 'Confirmer le départ' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes profils' })).toBeVisible();
  await expect(page.getByText('Vous avez quitté le profil.')).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(name) })).toHaveCount(0);
  await expectAccessible(page);

  const response = await page.goto(`/mon-compte/profils/${profileId}/composition`);
  expect(response?.status()).toBe(404);
});

test('« Rejoindre un profil existant » fonctionne aussi sans JavaScript', async ({ browser }) => {
  const user = await createUser();
  const page = await openSessionFor(browser, user, { javaScriptEnabled: false });
  await page.goto('/mon-compte/profils/ajouter');
  await expect(page.getByLabel('Clé de partage')).toBeHidden();
  await page.getByRole('button', { name: /Rejoindre un profil existant/ }).click();
  await expect(page).toHaveURL(/rejoindre=1/);
  await expect(page.getByRole('button', { name: /Rejoindre un profil existant/ })).toHaveAttribute('aria-expanded', 'true');
  await page.getByLabel('Clé de partage').fill('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345');
  await page.getByLabel('Votre fonction').selectOption({ label: 'Membre' });
  await page.getByRole('button', { name: 'Envoyer' }).click();
  await expect(page.getByText(INVALID_KEY).first()).toBeVisible();
  await expect(page.getByLabel('Clé de partage')).toHaveValue('ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345');
  // No axe here: it runs inside the page, which has no JavaScript. The same states are checked
  // with JavaScript in the first test.
  await page.context().close();
});
