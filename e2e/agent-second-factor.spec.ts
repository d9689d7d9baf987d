import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { createRecoveryCodes } from '../test/factories/users';
import { replayAction } from './support/actions';
import { createAgent, signInAgentWithForm, totpCode, type TestAgent } from './support/agents';
import { testDb } from './support/database';
import { createUser } from './support/factories';
import { expect, expectAccessible, signIn, test } from './support/fixtures';
import { linkIn, waitForEmail } from './support/mail';
import { insertProcedure, uniqueWord } from './support/procedures';

// Agents' second factor (ASVS 6.3.3, 6.4.3): enrolled at the first sign-in, asked at every
// sign-in, a password reset never skips it, and the password alone opens nothing in /instruction.

const PROCEDURE_ACTIONS = 'app/instruction/demarches/actions.ts';
const VERIFICATION = 'Vérification en deux étapes';
const WRONG_CODE = 'Ce code n’est pas valide. Saisissez le code affiché en ce moment par votre application d’authentification.';
const WRONG_RECOVERY_CODE = 'Ce code de secours n’est pas valide ou a déjà été utilisé. Vérifiez-le, ou essayez un autre code.';

async function signOut(page: Page) {
  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  await expect(page).toHaveURL(/\/connexion\?deconnexion=ok/);
}

async function readRecoveryCodes(page: Page): Promise<string[]> {
  await expect(page.getByRole('heading', { level: 1, name: 'Vos codes de secours' })).toBeVisible();
  const codes = await page.getByRole('list', { name: 'Codes de secours' }).getByRole('listitem').allTextContents();
  expect(codes).toHaveLength(10);
  for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
  return codes;
}

/** Recovery codes for an agent made by the factory (which enrols without them). */
async function giveRecoveryCodes(agent: TestAgent, codes: string[]) {
  await createRecoveryCodes(testDb(), agent.id, codes);
}

test('première connexion d’un agent : activation (QR code ou clé), codes de secours, puis le code à chaque connexion', async ({ page }) => {
  const agent = await createAgent({ enrolled: false, firstName: 'Maëlle' });
  await signIn(page, agent.email, agent.password);
  await expect(page).toHaveURL(/\/connexion\/double-authentification/);
  await expect(page.getByRole('heading', { level: 1, name: 'Activer la vérification en deux étapes' })).toBeVisible();
  await expect(page.getByRole('img', { name: /QR code de configuration/ })).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await expectAccessible(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'pas de défilement horizontal à 375 px').toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  // Someone who cannot scan copies the key by hand, as the page offers.
  const secret = (await page.locator('dl.setup-key').getByRole('definition').textContent())?.replace(/\s/g, '') ?? '';
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  // Half-enrolled, /instruction is still closed.
  await page.goto('/instruction');
  await expect(page).toHaveURL(/\/connexion\/double-authentification\?retour=%2Finstruction/);
  await expect(page.locator('dl.setup-key').getByRole('definition')).toHaveText(/\S/);
  expect((await page.locator('dl.setup-key').getByRole('definition').textContent())?.replace(/\s/g, '')).toBe(secret);

  await page.getByLabel('Code de vérification').fill('12345');
  await page.getByRole('button', { name: 'Activer' }).click();
  await expect(page.locator('#activation-code-error')).toHaveText(/6 chiffres/);
  await page.getByLabel('Code de vérification').fill(totpCode(secret));
  await page.getByRole('button', { name: 'Activer' }).click();
  const codes = await readRecoveryCodes(page);
  await expectAccessible(page);
  await page.getByRole('button', { name: 'J’ai noté mes codes' }).click();
  await expect(page).toHaveURL(/\/instruction$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  // Shown once: the page no longer lists them.
  await page.goto('/connexion/codes-de-secours');
  await expect(page.getByRole('list', { name: 'Codes de secours' })).toHaveCount(0);
  await expectAccessible(page);

  // « Sécurité »: since when, how many codes left, and new codes that replace the old ones.
  await page.goto('/instruction');
  await page.getByRole('navigation', { name: 'Rubriques de l’instruction' }).getByRole('link', { name: 'Sécurité' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Sécurité' })).toBeVisible();
  await expect(page.getByText(/Activée le \d{1,2} \S+ \d{4}/)).toBeVisible();
  await expect(page.getByText('Il vous reste 10 codes de secours non utilisés.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Générer de nouveaux codes de secours' }).click();
  await expect(page.getByText('Vos codes actuels cesseront aussitôt de fonctionner.')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Confirmer : générer de nouveaux codes' }).click();
  const fresh = await readRecoveryCodes(page);
  expect(fresh.filter((code) => codes.includes(code))).toEqual([]);
  await page.getByRole('button', { name: 'J’ai noté mes codes' }).click();
  await expect(page).toHaveURL(/\/instruction\/securite$/);

  // The next sign-in asks for the code.
  await signOut(page);
  await signInAgentWithForm(page, { ...agent, totpSecret: secret });
  await expect(page).toHaveURL(/\/instruction$/);

  // An old recovery code no longer works; a new one does.
  await signOut(page);
  await signIn(page, agent.email, agent.password);
  await page.getByRole('link', { name: 'Utiliser un code de secours' }).click();
  await page.getByLabel('Code de secours').fill(codes[0]);
  await page.getByRole('button', { name: 'Valider le code de secours' }).click();
  await expect(page.locator('#secours-recoveryCode-error')).toContainText(WRONG_RECOVERY_CODE);
  await page.getByLabel('Code de secours').fill(fresh[0]);
  await page.getByRole('button', { name: 'Valider le code de secours' }).click();
  await expect(page).toHaveURL(/\/instruction$/);
});

test('un code faux est refusé avec un message à côté du champ, puis le bon code ouvre la page demandée', async ({ page }) => {
  const agent = await createAgent();
  await page.goto('/instruction/securite');
  await expect(page).toHaveURL(/\/connexion\?retour=%2Finstruction%2Fsecurite/);
  await page.getByLabel('Courriel').fill(agent.email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(agent.password);
  await page.getByRole('button', { name: 'Connexion', exact: true }).click();
  await expect(page).toHaveURL(/\/connexion\/verification\?retour=%2Finstruction%2Fsecurite/);
  await expect(page.getByRole('heading', { level: 1, name: VERIFICATION })).toBeVisible();
  await expectAccessible(page);

  const right = totpCode(agent.totpSecret as string);
  await page.getByLabel('Code de vérification').fill(right === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await expect(page.locator('#verification-code-error')).toContainText(WRONG_CODE);
  await expect(page.getByLabel('Code de vérification')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('alert').getByRole('link', { name: WRONG_CODE })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Code de vérification').fill(right);
  await page.getByRole('button', { name: 'Vérifier' }).click();
  await expect(page).toHaveURL(/\/instruction\/securite$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Sécurité' })).toBeVisible();
});

test('un code de secours fonctionne une fois, puis il est refusé', async ({ page }) => {
  const agent = await createAgent();
  await giveRecoveryCodes(agent, ['K7QM-4TZP', 'W3XR-9HNC']);
  await signIn(page, agent.email, agent.password);
  await expect(page.getByRole('heading', { level: 1, name: VERIFICATION })).toBeVisible();
  await page.getByRole('link', { name: 'Utiliser un code de secours' }).click();
  await expect(page.getByRole('heading', { level: 1, name: VERIFICATION })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Code de secours').fill('k7qm 4tzp');
  await page.getByRole('button', { name: 'Valider le code de secours' }).click();
  await expect(page).toHaveURL(/\/instruction$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();

  await signOut(page);
  await signIn(page, agent.email, agent.password);
  await page.getByRole('link', { name: 'Utiliser un code de secours' }).click();
  await page.getByLabel('Code de secours').fill('K7QM-4TZP');
  await page.getByRole('button', { name: 'Valider le code de secours' }).click();
  await expect(page.locator('#secours-recoveryCode-error')).toContainText(WRONG_RECOVERY_CODE);
  await expectAccessible(page);
  await expect(page).toHaveURL(/\/connexion\/verification/);
  expect(await testDb().recoveryCode.count({ where: { userId: agent.id, usedAt: { not: null } } })).toBe(1);
});

test('après « Réinitialiser mon mot de passe », l’agent doit toujours donner son code', async ({ page }) => {
  const agent = await createAgent();
  await page.goto('/connexion');
  await page.getByRole('link', { name: 'Réinitialiser mon mot de passe' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Réinitialiser mon mot de passe' })).toBeVisible();
  await page.getByLabel('Courriel').fill(agent.email);
  await page.getByRole('button', { name: 'Soumettre' }).click();
  const email = await waitForEmail(agent.email, /Réinitialisation de votre mot de passe/);
  await page.goto(linkIn(email, '/mot-de-passe/nouveau'));
  const newPassword = 'Hirondelle-Printemps-Agent-7';
  await page.getByLabel('Nouveau mot de passe').fill(newPassword);
  await page.getByLabel('Confirmation du mot de passe').fill(newPassword);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(page.getByText(/Votre mot de passe a été modifié/)).toBeVisible();

  // The reset opened no session: /instruction still asks for the login.
  await page.goto('/instruction');
  await expect(page).toHaveURL(/\/connexion\?retour=%2Finstruction/);
  await signInAgentWithForm(page, { ...agent, password: newPassword });
  await expect(page).toHaveURL(/\/instruction$/);
});

test('avec le mot de passe seul, un agent n’ouvre aucune page de /instruction et ses actions rejouées sont refusées', async ({ page }) => {
  const procedure = await insertProcedure({ title: `Démarche protégée ${uniqueWord()}` });
  const admin = await createAgent({ role: 'ADMIN' });
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole('heading', { level: 1, name: VERIFICATION })).toBeVisible();

  for (const path of ['/instruction', '/instruction/demarches', `/instruction/demarches/${procedure.id}`, '/instruction/securite']) {
    await page.goto(path);
    await expect(page, path).toHaveURL(`/connexion/verification?retour=${encodeURIComponent(path)}`);
    await expect(page.getByRole('heading', { level: 1, name: VERIFICATION })).toBeVisible();
  }
  // No back-office menu for a session that has not given its code.
  await expect(page.getByRole('navigation', { name: 'Rubriques de l’instruction' })).toHaveCount(0);

  const fields = {
    procedureId: procedure.id,
    title: 'Titre changé sans second facteur',
    summary: 'x',
    description: 'x',
    audience: 'ASSOCIATION',
    opensOn: '2026-01-01',
    published: 'on',
  };
  const response = await replayAction(page, {
    file: PROCEDURE_ACTIONS,
    path: `/instruction/demarches/${procedure.id}`,
    name: 'updateProcedureInfoAction',
    fields,
  });
  // The action stops at requireAdmin(): it answers with a redirect to the second step.
  expect(response.headers()['x-action-redirect'] ?? response.headers().location ?? '').toMatch(/^\/connexion\/verification/);
  const created = await replayAction(page, {
    file: PROCEDURE_ACTIONS,
    path: '/instruction/demarches/nouveau',
    name: 'createProcedureAction',
    fields: { title: 'Intruse sans second facteur', summary: 'x', description: 'x', audience: 'ASSOCIATION', opensOn: '2026-01-01' },
  });
  expect(created.headers()['x-action-redirect'] ?? created.headers().location ?? '').toMatch(/^\/connexion\/verification/);
  expect(await testDb().procedure.findMany({ where: { id: procedure.id }, select: { title: true } })).toEqual([{ title: procedure.title }]);
  expect(await testDb().procedure.count({ where: { title: 'Intruse sans second facteur' } })).toBe(0);

  // Nor any file: downloads, previews and uploads answer as to a visitor (401, not the 404 of a
  // missing file that an agent who gave the code would get).
  const anyFile = randomUUID();
  for (const path of [`/api/fichiers/${anyFile}`, `/api/fichiers/${anyFile}/apercu`]) {
    expect((await page.request.get(path)).status(), path).toBe(401);
  }
  const upload = await page.request.post('/api/fichiers', {
    headers: { Origin: new URL(page.url()).origin },
    multipart: { file: { name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') } },
  });
  expect(upload.status()).toBe(401);

  // A client-side session update cannot claim the second factor either.
  const csrf = (await (await page.request.get('/api/auth/csrf')).json()) as { csrfToken: string };
  // Sent with the site's Origin, as a browser does (a foreign or missing one is refused outright: security-csrf.spec.ts).
  const forged = await page.request.post('/api/auth/session', {
    headers: { Origin: new URL(page.url()).origin },
    data: { csrfToken: csrf.csrfToken, data: { secondFactorVerified: true, mfa: true } },
  });
  expect(((await forged.json()) as { user: { secondFactorVerified: boolean } }).user.secondFactorVerified).toBe(false);
  await page.goto('/instruction');
  await expect(page).toHaveURL(/\/connexion\/verification/);
});

test('un usager se connecte sans seconde étape, et les pages de la seconde étape ne le concernent pas', async ({ page }) => {
  const user = await createUser();
  await signIn(page, user.email, user.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  for (const path of ['/connexion/verification', '/connexion/double-authentification']) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/mon-compte$/);
  }
  for (const path of ['/connexion/codes-de-secours', '/instruction/securite']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
  }
});

test('une personne non connectée est renvoyée vers la connexion', async ({ page }) => {
  for (const path of ['/connexion/verification', '/connexion/double-authentification', '/instruction/securite']) {
    await page.goto(path);
    await expect(page, path).toHaveURL(/\/connexion(\?|$)/);
    await expect(page.getByRole('heading', { level: 1, name: 'Connexion' })).toBeVisible();
  }
});
