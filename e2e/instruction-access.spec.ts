import { createUser } from './support/factories';
import { createAgent, signInAgentWithForm } from './support/agents';
import { expect, expectAccessible, test } from './support/fixtures';
import { signInAs } from './support/sessions';

test('une personne non connectée est renvoyée vers la connexion', async ({ page }) => {
  await page.goto('/instruction');
  await expect(page).toHaveURL(/\/connexion\?retour=%2Finstruction/);
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
});

test('un usager connecté est refusé dans /instruction', async ({ page }) => {
  const user = await createUser();
  await signInAs(page, user);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  const response = await page.goto('/instruction');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Instruction' })).toHaveCount(0);
  await expectAccessible(page);
});

test('un agent se connecte sur la même page et arrive sur ses dossiers', async ({ page }) => {
  const agent = await createAgent({ firstName: 'Karim' });
  await signInAgentWithForm(page, agent);
  await expect(page).toHaveURL(/\/instruction$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Rubriques de l’instruction' }).getByRole('link', { name: 'Dossiers' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // Without any démarche assigned, the page says why it is empty and whom to ask.
  await expect(page.getByText('Aucune démarche ne vous est attribuée pour le moment.')).toBeVisible();
  await expectAccessible(page);
});
