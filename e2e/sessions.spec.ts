import { createUser } from './support/factories';
import { expect, signIn, test } from './support/fixtures';

test('« Se déconnecter de tous les appareils » ferme aussi la session de l’autre appareil', async ({ page, browser }) => {
  const user = await createUser();
  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, user.email, user.password);
  await expect(otherPage.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();

  await signIn(page, user.email, user.password);
  await page.getByRole('link', { name: /Mes données personnelles/ }).click();
  await page.getByRole('button', { name: 'Se déconnecter de tous les appareils' }).click();
  await expect(page).toHaveURL(/\/connexion/);

  await otherPage.goto('/mon-compte/donnees-personnelles');
  await expect(otherPage).toHaveURL(/\/connexion/);
  await other.close();
});

test('le cookie de session rejoué après la déconnexion ne donne plus accès', async ({ page, context, browser }) => {
  const user = await createUser();
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  const cookies = await context.cookies();
  const session = cookies.find((cookie) => cookie.name.includes('authjs.session-token'));
  expect(session, 'cookie de session').toBeTruthy();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe('Lax');

  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  await expect(page.getByText('Votre session est fermée.')).toBeVisible();

  const replay = await browser.newContext();
  await replay.addCookies([session!]);
  const replayPage = await replay.newPage();
  await replayPage.goto('/mon-compte');
  await expect(replayPage).toHaveURL(/\/connexion/);
  await replay.close();
});
