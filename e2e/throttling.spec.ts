import { createUser } from './support/factories';
import { expect, signIn, test } from './support/fixtures';

// CNIL 2022-100 case 2: after 5 failures a growing wait of at least a minute, even for the right password.

test('après 5 échecs sur un compte, même le bon mot de passe est refusé, avec le délai à attendre', async ({ page }) => {
  const user = await createUser();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, user.email, `Mauvais-${attempt}-Mot!`);
    await expect(page.getByText('Courriel ou mot de passe incorrect.')).toBeVisible();
  }
  await signIn(page, user.email, user.password);
  await expect(page.getByText(/Trop de tentatives de connexion\. Réessayez dans (1|2) minutes?\./)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
});

test('des fautes de frappe sur d’autres comptes depuis la même adresse IP ne bloquent pas une autre personne', async ({ page }) => {
  // One public address for many people (a mairie's computers, a mobile operator): only a rate of
  // failures far above typing mistakes blocks it (lib/security/throttle.integration.test.ts).
  const [typist, neighbour] = await Promise.all([createUser(), createUser()]);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, typist.email, `Mauvais-${attempt}-Mot!`);
    await expect(page.getByText('Courriel ou mot de passe incorrect.')).toBeVisible();
  }
  await signIn(page, neighbour.email, neighbour.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
});

test('un autre poste (autre adresse IP) n’est pas bloqué par les échecs d’un tiers sur un autre compte', async ({ page }) => {
  const user = await createUser();
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
});
