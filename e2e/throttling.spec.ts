import type { Browser, Page, Response } from '@playwright/test';
import { createUser, GOOD_PASSWORD, uniqueEmail } from './support/factories';
import { expect, expectAccessible, signIn, test } from './support/fixtures';

// CNIL 2022-100 case 2: after 5 failures a growing wait of at least a minute, even for the right password.
// A throttled form answers 429 with Retry-After, with JavaScript (the action's fetch) or without
// (the page posted), and the page still shows the wait next to the form (docs/decisions/032).

/** The answer to the form the next click posts, whether JavaScript sends it or the browser does. */
function nextPost(page: Page): Promise<Response> {
  return page.waitForResponse((response) => response.request().method() === 'POST');
}

async function expectTooManyRequests(response: Response, maxSeconds: number) {
  expect(response.status()).toBe(429);
  const retryAfter = Number(await response.headerValue('retry-after'));
  expect(retryAfter).toBeGreaterThan(0);
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds);
}

/** A second browser, without JavaScript, on the same network address as the test's page. */
async function pageWithoutJavaScript(browser: Browser, clientIp: string): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: false,
    baseURL: test.info().project.use.baseURL,
    locale: 'fr-FR',
    extraHTTPHeaders: { 'X-Forwarded-For': clientIp },
  });
  return context.newPage();
}

const LOGIN_THROTTLED = /Trop de tentatives de connexion\. Réessayez dans (1|2) minutes?\./;

test('après 5 échecs sur un compte, même le bon mot de passe est refusé (429), avec le délai à attendre, avec ou sans JavaScript', async ({
  page,
  browser,
  clientIp,
}) => {
  const user = await createUser();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await signIn(page, user.email, `Mauvais-${attempt}-Mot!`);
    await expect(page.getByText('Courriel ou mot de passe incorrect.')).toBeVisible();
  }
  const answer = nextPost(page);
  await signIn(page, user.email, user.password);
  await expectTooManyRequests(await answer, 120);
  await expect(page.getByText(LOGIN_THROTTLED)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await expectAccessible(page);

  const noScript = await pageWithoutJavaScript(browser, clientIp);
  const posted = nextPost(noScript);
  await signIn(noScript, user.email, user.password);
  await expectTooManyRequests(await posted, 120);
  await expect(noScript.getByText(LOGIN_THROTTLED)).toBeVisible();
  await expect(noScript.getByLabel('Courriel')).toHaveValue(user.email);
});

async function register(page: Page, email: string) {
  await page.goto('/inscription');
  await page.getByLabel('Prénom').fill('Camille');
  await page.getByLabel('Nom', { exact: true }).fill('Martin');
  await page.getByLabel('Courriel').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(GOOD_PASSWORD);
  await page.getByLabel('Confirmation du mot de passe').fill(GOOD_PASSWORD);
  await page.getByRole('button', { name: 'Enregistrement' }).click();
}

const REQUESTS_THROTTLED = /Trop de tentatives\. Réessayez dans (\d+ minutes?|1 heure)\./;

test('la quatrième inscription d’une même adresse dans l’heure répond 429, avec le délai à attendre, avec ou sans JavaScript', async ({
  page,
  browser,
  clientIp,
}) => {
  const email = uniqueEmail('inscription-repetee');
  for (let attempt = 1; attempt <= 3; attempt++) {
    await register(page, email);
    await expect(page.getByRole('heading', { level: 1, name: 'Vérifiez votre messagerie' })).toBeVisible();
  }
  const answer = nextPost(page);
  await register(page, email);
  await expectTooManyRequests(await answer, 3600);
  await expect(page.getByText(REQUESTS_THROTTLED).first()).toBeVisible();

  const noScript = await pageWithoutJavaScript(browser, clientIp);
  const posted = nextPost(noScript);
  await register(noScript, email);
  await expectTooManyRequests(await posted, 3600);
  await expect(noScript.getByText(REQUESTS_THROTTLED).first()).toBeVisible();
  await expect(noScript.getByLabel('Prénom')).toHaveValue('Camille');
});

async function askForReset(page: Page, email: string) {
  await page.goto('/mot-de-passe/reinitialiser');
  await page.getByLabel('Courriel').fill(email);
  await page.getByRole('button', { name: 'Soumettre' }).click();
}

test('la quatrième demande de réinitialisation pour une même adresse dans l’heure répond 429, avec le délai, avec ou sans JavaScript', async ({
  page,
  browser,
  clientIp,
}) => {
  const user = await createUser();
  for (let attempt = 1; attempt <= 3; attempt++) {
    await askForReset(page, user.email);
    await expect(page.getByText(/Si un compte existe pour cette adresse, vous allez recevoir un courriel/)).toBeVisible();
  }
  const answer = nextPost(page);
  await askForReset(page, user.email);
  await expectTooManyRequests(await answer, 3600);
  await expect(page.getByText(REQUESTS_THROTTLED).first()).toBeVisible();

  const noScript = await pageWithoutJavaScript(browser, clientIp);
  const posted = nextPost(noScript);
  await askForReset(noScript, user.email);
  await expectTooManyRequests(await posted, 3600);
  await expect(noScript.getByText(REQUESTS_THROTTLED).first()).toBeVisible();
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
  // A script, not our form: next-auth's own endpoint (the form is a server action, tested above).
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
