import type { Page } from '@playwright/test';
import { createAgent, totpCode } from './support/agents';
import { testDb } from './support/database';
import { createUser, uniqueEmail } from './support/factories';
import { baseURL } from '../playwright.config';
import { expect, expectAccessible, test } from './support/fixtures';

// FranceConnect (applicants) and ProConnect (agents) against real OpenID providers
// (oidc-provider, started by playwright.config.ts and configured like each service).

const FRANCECONNECT = 'S’identifier avec FranceConnect';
const PROCONNECT = 'S’identifier avec ProConnect';

type Identity = { email: string; givenName?: string; familyName?: string; mfa?: boolean };

/** What the person does on the provider's page. */
async function identifyAtProvider(page: Page, identity: Identity) {
  await page.getByLabel('Courriel').fill(identity.email);
  await page.getByLabel('Prénoms').fill(identity.givenName ?? 'Angela Claire Louise');
  await page.getByLabel('Nom de naissance').fill(identity.familyName ?? 'Dubois');
  if (identity.mfa) await page.getByLabel('Double authentification effectuée').check();
  await page.getByRole('button', { name: 'Se connecter au fournisseur' }).click();
}

async function franceConnectFrom(page: Page, path: '/connexion' | '/inscription', identity: Identity) {
  await page.goto(path);
  await page.getByRole('link', { name: FRANCECONNECT }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'FranceConnect (test)' })).toBeVisible();
  await identifyAtProvider(page, identity);
}

test('enregistrement avec FranceConnect : le compte est créé, nom et prénom transmis et non modifiables', async ({ page }) => {
  const email = uniqueEmail('franceconnect');
  await page.goto('/inscription');
  await expect(page.getByRole('link', { name: 'Qu’est-ce que FranceConnect ?' })).toHaveAttribute('href', 'https://franceconnect.gouv.fr/');
  await expectAccessible(page);
  await franceConnectFrom(page, '/inscription', { email, givenName: 'Angela Claire Louise', familyName: 'Dubois' });

  await expect(page).toHaveURL(/\/mon-compte$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expect(page.getByText('Bonjour Angela Claire Louise')).toBeVisible();
  const account = await testDb().user.findUniqueOrThrow({ where: { email } });
  expect(account.emailVerifiedAt).not.toBeNull();
  expect(account.franceConnectSub).toMatch(/^[0-9a-f]{64}v1$/);

  await page.goto('/mon-compte/donnees-personnelles');
  await expect(page.getByText('Données transmises par FranceConnect')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Modifier' })).toHaveCount(0);
  // Even by the URL, the names are not offered for editing.
  await page.goto('/mon-compte/donnees-personnelles?modifier=1');
  await expect(page.getByLabel('Prénom')).toHaveCount(0);
});

test('connexion à un compte lié à FranceConnect, puis déconnexion qui passe par le fournisseur', async ({ page }) => {
  const email = uniqueEmail('franceconnect');
  await franceConnectFrom(page, '/connexion', { email });
  await expect(page).toHaveURL(/\/mon-compte$/);

  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déconnexion du fournisseur' })).toBeVisible();
  await page.getByRole('button', { name: 'Se déconnecter du fournisseur' }).click();
  // Back on the app's home, with the state the app sent.
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/(\?state=[\w-]+)?$/);
  expect(new URL(page.url()).port).toBe(new URL(baseURL).port);
  await page.goto('/mon-compte');
  await expect(page).toHaveURL(/\/connexion/);

  // The same person again: the same account, not a new one.
  await franceConnectFrom(page, '/connexion', { email, givenName: 'Angela' });
  await expect(page).toHaveURL(/\/mon-compte$/);
  await expect(page.getByText('Bonjour Angela')).toBeVisible();
  expect(await testDb().user.count({ where: { email } })).toBe(1);
});

test('FranceConnect avec l’adresse d’un compte existant : le mot de passe du compte est demandé avant l’association', async ({ page }) => {
  const existing = await createUser({ firstName: 'Camille', lastName: 'Martin' });
  await franceConnectFrom(page, '/connexion', { email: existing.email, givenName: 'Camille Jeanne', familyName: 'Martin-Dupré' });

  await expect(page.getByRole('heading', { level: 1, name: 'Associer FranceConnect à votre compte' })).toBeVisible();
  await expect(page.getByText(existing.email)).toBeVisible();
  await expectAccessible(page);
  // Not linked yet: no silent merge.
  expect((await testDb().user.findUniqueOrThrow({ where: { id: existing.id } })).franceConnectSub).toBeNull();

  await page.getByLabel('Mot de passe de votre compte').fill('Pas-le-bon-mot-de-passe-1');
  await page.getByRole('button', { name: 'Associer FranceConnect à mon compte' }).click();
  await expect(page.getByRole('link', { name: 'Mot de passe incorrect.' })).toBeVisible();
  expect((await testDb().user.findUniqueOrThrow({ where: { id: existing.id } })).franceConnectSub).toBeNull();

  await page.getByLabel('Mot de passe de votre compte').fill(existing.password);
  await page.getByRole('button', { name: 'Associer FranceConnect à mon compte' }).click();
  await expect(page).toHaveURL(/\/mon-compte$/);
  await expect(page.getByText('Bonjour Camille Jeanne')).toBeVisible();
  expect((await testDb().user.findUniqueOrThrow({ where: { id: existing.id } })).franceConnectSub).toMatch(/v1$/);

  // The account has a password: FranceConnect can be unlinked, proven by it.
  await page.goto('/mon-compte/donnees-personnelles');
  await expect(page.getByText('Données transmises par FranceConnect')).toBeVisible();
  await page.getByLabel('Mot de passe du compte').fill('Pas-le-bon-mot-de-passe-1');
  await page.getByRole('button', { name: 'Délier FranceConnect' }).click();
  await expect(page.getByRole('link', { name: 'Le mot de passe actuel est incorrect' })).toBeVisible();
  await page.getByLabel('Mot de passe du compte').fill(existing.password);
  await page.getByRole('button', { name: 'Délier FranceConnect' }).click();
  await expect(page.getByText('FranceConnect n’est plus lié à votre compte.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Modifier' })).toBeVisible();
  expect((await testDb().user.findUniqueOrThrow({ where: { id: existing.id } })).franceConnectSub).toBeNull();
});

test('les boutons sur « Connexion » (accessibles, à 320 px) ; annuler chez FranceConnect ramène sur « Connexion » avec un message', async ({ page }) => {
  await page.goto('/connexion');
  await expect(page.getByRole('link', { name: PROCONNECT })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'pas de défilement horizontal à 320 px').toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.getByRole('link', { name: FRANCECONNECT }).click();
  await page.getByRole('button', { name: 'Annuler' }).click();
  await expect(page).toHaveURL(/\/connexion\?oidc=annule/);
  await expect(page.getByText('Vous avez annulé la connexion.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  await expectAccessible(page);
});

test('agent avec ProConnect et double authentification chez le fournisseur : pas de code TOTP demandé', async ({ page }) => {
  const agent = await createAgent({ firstName: 'Maëlle' });
  await page.goto('/connexion');
  await page.getByRole('link', { name: PROCONNECT }).click();
  await identifyAtProvider(page, { email: agent.email, mfa: true });
  await expect(page).toHaveURL(/\/instruction$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  expect((await testDb().user.findUniqueOrThrow({ where: { id: agent.id } })).proConnectSub).toMatch(/v1$/);
});

test('agent avec ProConnect sans double authentification : le code TOTP reste demandé', async ({ page }) => {
  const agent = await createAgent();
  await page.goto('/connexion');
  await page.getByRole('link', { name: PROCONNECT }).click();
  await identifyAtProvider(page, { email: agent.email });
  await expect(page.getByRole('heading', { level: 1, name: 'Vérification en deux étapes' })).toBeVisible();
  await page.goto('/instruction');
  await expect(page).not.toHaveURL(/\/instruction$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Vérification en deux étapes' })).toBeVisible();
  await page.getByLabel('Code de vérification').fill(totpCode(agent.totpSecret as string));
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await expect(page).toHaveURL(/\/instruction$/);
});

test('ProConnect avec une adresse sans compte agent : refusé, avec le message pour demander un compte', async ({ page }) => {
  const applicant = await createUser();
  for (const email of [uniqueEmail('inconnu'), applicant.email]) {
    // A new visit: the provider forgets the previous person.
    await page.context().clearCookies();
    await page.goto('/connexion');
    await page.getByRole('link', { name: PROCONNECT }).click();
    await identifyAtProvider(page, { email });
    await expect(page).toHaveURL(/\/connexion\?oidc=agent-inconnu/);
    await expect(page.getByText('Votre compte agent n’existe pas : demandez-le à un administrateur.')).toBeVisible();
  }
  expect((await testDb().user.findUniqueOrThrow({ where: { id: applicant.id } })).proConnectSub).toBeNull();
});

test('« Supprimer mon compte avec FranceConnect » : la personne s’identifie de nouveau chez FranceConnect, puis le compte est supprimé', async ({ page }) => {
  const email = uniqueEmail('franceconnect');
  await franceConnectFrom(page, '/inscription', { email });
  await expect(page).toHaveURL(/\/mon-compte$/);
  const account = await testDb().user.findUniqueOrThrow({ where: { email }, select: { id: true } });

  await page.goto('/mon-compte/donnees-personnelles/supprimer-mon-compte');
  await expectAccessible(page);
  // Another person at FranceConnect: refused, nothing deleted.
  await page.getByRole('button', { name: 'Supprimer mon compte avec FranceConnect' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'FranceConnect (test)' })).toBeVisible();
  await identifyAtProvider(page, { email: uniqueEmail('autre') });
  await expect(page.getByText('FranceConnect a identifié une autre personne que le titulaire de ce compte')).toBeVisible();
  expect((await testDb().user.findUniqueOrThrow({ where: { id: account.id } })).deletedAt).toBeNull();

  await page.getByRole('button', { name: 'Supprimer mon compte avec FranceConnect' }).click();
  await identifyAtProvider(page, { email });
  await expect(page.getByText('Votre compte est supprimé.')).toBeVisible();
  expect((await testDb().user.findUniqueOrThrow({ where: { id: account.id } })).deletedAt).not.toBeNull();
  await page.goto('/mon-compte');
  await expect(page).toHaveURL(/\/connexion/);
});
