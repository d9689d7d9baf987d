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

test('une connexion limitée envoyée directement à la route de next-auth répond 429, avec Retry-After et le message', async ({ page, baseURL }) => {
  // A script, not our form: the form is a server action, which Next.js always answers 200
  // (docs/decisions/004-throttling.md); it shows the same words next to the fields.
  const user = await createUser();
  const origin = new URL(baseURL!).origin;
  const { csrfToken } = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const post = (password: string) =>
    page.request.post('/api/auth/callback/credentials', {
      headers: { Origin: origin },
      form: { email: user.email, password, csrfToken, callbackUrl: '/mon-compte' },
      maxRedirects: 0,
    });
  for (let attempt = 1; attempt <= 5; attempt++) expect((await post(`Mauvais-${attempt}-Mot!`)).status()).toBe(302);
  const throttled = await post(user.password);
  expect(throttled.status()).toBe(429);
  expect(Number(throttled.headers()['retry-after'])).toBeGreaterThan(0);
  expect(Number(throttled.headers()['retry-after'])).toBeLessThanOrEqual(60);
  expect(await throttled.text()).toMatch(/^Trop de tentatives de connexion\. Réessayez dans 1 minute\.$/);
});
