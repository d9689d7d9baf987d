import { randomInt } from 'node:crypto';
import type { Page } from '@playwright/test';
import { replayAction } from './support/actions';
import { createAgent } from './support/agents';
import { testDb } from './support/database';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { signInAs } from './support/sessions';
import { insertProcedure, uniqueWord } from './support/procedures';
import { insertProfileWithSiret, insertQueueDossiers } from './support/queue';

// The queue of /instruction: an instructeur sees the dossiers of the démarches assigned to them,
// by stage, searches, filters, sorts, pages through them and follows some.

const FOLLOW_ACTIONS = 'app/instruction/actions.ts';

function tabs(page: Page) {
  return page.getByRole('navigation', { name: 'Étapes de l’instruction' });
}

function rows(page: Page) {
  return page.getByRole('table').locator('tbody tr');
}

async function search(page: Page, text: string) {
  await page.getByRole('searchbox', { name: 'Rechercher un dossier' }).fill(text);
  await page.getByRole('button', { name: 'Rechercher' }).click();
  // The results of the previous search may look alike: wait for this one's address.
  await page.waitForURL((url) => url.searchParams.get('recherche') === text);
}

/** Démarche A (one dossier per stage, two deposited) and B (one deposited), one applicant. */
async function twoProcedures() {
  const word = uniqueWord();
  const a = await insertProcedure({ title: `Aide au sport ${word}` });
  const b = await insertProcedure({ title: `Aide à la culture ${word}` });
  const applicant = await createUser({ firstName: 'Gwendoline', lastName: `Quarteron${word}` });
  const [deposeA1, deposeA2, enInstruction, complement, accepte] = await insertQueueDossiers(a.id, [
    { applicantId: applicant.id, minutesAgo: 30 },
    { applicantId: applicant.id, minutesAgo: 20 },
    { applicantId: applicant.id, status: 'EN_INSTRUCTION' },
    { applicantId: applicant.id, status: 'COMPLEMENT_DEMANDE' },
    { applicantId: applicant.id, status: 'ACCEPTE' },
  ]);
  const [deposeB] = await insertQueueDossiers(b.id, [{ applicantId: applicant.id }]);
  return { word, a, b, applicant, deposeA1, deposeA2, enInstruction, complement, accepte, deposeB };
}

test('un instructeur voit les dossiers de sa démarche par étape, avec leur nombre, jamais ceux d’une autre', async ({ page }) => {
  const s = await twoProcedures();
  const agent = await createAgent({ procedures: [s.a.id] });
  await signInAs(page, agent);

  await expect(tabs(page).getByRole('link', { name: 'À traiter (2)' })).toHaveAttribute('aria-current', 'page');
  await expect(tabs(page).getByRole('link', { name: 'En instruction (1)' })).toBeVisible();
  await expect(tabs(page).getByRole('link', { name: 'Complément demandé (1)' })).toBeVisible();
  await expect(tabs(page).getByRole('link', { name: 'Traités (1)' })).toBeVisible();
  // Most recently deposited first; the number opens the dossier.
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).first().getByRole('rowheader')).toHaveText(s.deposeA2.number);
  await expect(page.getByRole('link', { name: s.deposeA1.number })).toHaveAttribute('href', `/instruction/dossiers/${s.deposeA1.id}`);
  await expect(rows(page).first()).toContainText(`Gwendoline Quarteron${s.word}`);
  await expect(rows(page).first()).toContainText(s.a.title);
  await expect(page.getByText(s.deposeB.number)).toHaveCount(0);
  // Only the démarches in the agent's scope can be chosen.
  await expect(page.getByRole('combobox', { name: 'Démarche' }).locator('option')).toHaveText(['Toutes les démarches', s.a.title]);
  await expectAccessible(page);

  await tabs(page).getByRole('link', { name: 'Traités (1)' }).click();
  await expect(tabs(page).getByRole('link', { name: 'Traités (1)' })).toHaveAttribute('aria-current', 'page');
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText('Accepté');
  await tabs(page).getByRole('link', { name: 'Complément demandé (1)' }).click();
  await expect(rows(page).first().getByRole('rowheader')).toHaveText(s.complement.number);

  // Even asked by its address, démarche B shows nothing of B.
  await page.goto(`/instruction?demarche=${s.b.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByText(s.deposeB.number)).toHaveCount(0);
});

test('recherche par numéro, nom du demandeur, nom du profil ou SIRET, et message quand rien ne correspond', { tag: '@postgresql' }, async ({ page }) => {
  const word = uniqueWord();
  const procedure = await insertProcedure({ title: `Aide aux fêtes ${word}` });
  const siret = `${randomInt(10_000_000, 99_999_999)}${randomInt(100_000, 999_999)}`;
  const profileId = await insertProfileWithSiret(`Comité des fêtes ${word}`, siret);
  const alice = await createUser({ firstName: 'Alice', lastName: `Fontaine${word}` });
  const bruno = await createUser({ firstName: 'Bruno', lastName: `Roche${word}` });
  const [aliceDossier, comiteDossier, brunoDossier] = await insertQueueDossiers(procedure.id, [
    { applicantId: alice.id },
    { applicantId: bruno.id, profileId },
    { applicantId: bruno.id, minutesAgo: 90 },
  ]);
  const agent = await createAgent({ procedures: [procedure.id] });
  await signInAs(page, agent);

  await search(page, brunoDossier.number);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByRole('rowheader')).toHaveText(brunoDossier.number);
  await expect(page.getByRole('link', { name: 'Effacer' })).toBeVisible();

  await search(page, `alice fontaine${word}`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByRole('rowheader')).toHaveText(aliceDossier.number);

  await search(page, `comité des fêtes ${word}`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first()).toContainText(`Comité des fêtes ${word}`);
  await expect(rows(page).first().getByRole('rowheader')).toHaveText(comiteDossier.number);

  await search(page, `${siret.slice(0, 3)} ${siret.slice(3, 6)} ${siret.slice(6, 9)} ${siret.slice(9)}`);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByRole('rowheader')).toHaveText(comiteDossier.number);
  await expect(tabs(page).getByRole('link', { name: 'À traiter (1)' })).toBeVisible();

  await search(page, `Personne${word}`);
  await expect(page.getByRole('table')).toHaveCount(0);
  await expect(page.getByText('Aucun dossier de cet onglet ne correspond à votre recherche.')).toBeVisible();
  await expect(tabs(page).getByRole('link', { name: 'À traiter (0)' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('link', { name: 'Effacer' }).click();
  await expect(page.getByRole('searchbox', { name: 'Rechercher un dossier' })).toHaveValue('');
  await expect(rows(page)).toHaveCount(3);
});

test('un administrateur voit toutes les démarches et filtre par démarche', async ({ page }) => {
  const s = await twoProcedures();
  const admin = await createAgent({ role: 'ADMIN' });
  await signInAs(page, admin);
  // Other tests' dossiers are there too: the applicant's unique name narrows to this test's.
  await search(page, `Quarteron${s.word}`);
  await expect(rows(page)).toHaveCount(3);
  await expect(page.getByRole('link', { name: s.deposeB.number })).toBeVisible();

  await page.getByRole('combobox', { name: 'Démarche' }).selectOption({ label: s.b.title });
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByRole('rowheader')).toHaveText(s.deposeB.number);
  await expect(tabs(page).getByRole('link', { name: 'En instruction (0)' })).toBeVisible();

  await page.getByRole('combobox', { name: 'Démarche' }).selectOption({ label: s.a.title });
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(rows(page)).toHaveCount(2);
  await expect(page.getByText(s.deposeB.number)).toHaveCount(0);
  // The tabs keep the search and the filter.
  await tabs(page).getByRole('link', { name: 'En instruction (1)' }).click();
  await expect(rows(page)).toHaveCount(1);
  await expect(page.getByRole('combobox', { name: 'Démarche' })).toHaveValue(s.a.id);
  await expect(page.getByRole('searchbox', { name: 'Rechercher un dossier' })).toHaveValue(`Quarteron${s.word}`);
});

test('trie et parcourt plus de 25 dossiers page par page, sans en perdre ni en répéter', { tag: '@postgresql' }, async ({ page }) => {
  const procedure = await insertProcedure({ title: `Aide aux clubs ${uniqueWord()}` });
  const applicant = await createUser({ firstName: 'Octave', lastName: 'Lemarchand' });
  // Deposited one minute apart, the first given the oldest.
  const dossiers = await insertQueueDossiers(
    procedure.id,
    Array.from({ length: 30 }, (_, index) => ({ applicantId: applicant.id, minutesAgo: 100 - index })),
  );
  const newestFirst = [...dossiers].reverse().map((dossier) => dossier.number);
  const agent = await createAgent({ procedures: [procedure.id] });
  await signInAs(page, agent);

  await expect(tabs(page).getByRole('link', { name: 'À traiter (30)' })).toBeVisible();
  await expect(rows(page).getByRole('rowheader')).toHaveText(newestFirst.slice(0, 25));
  const pages = page.getByRole('navigation', { name: 'Pages des dossiers' });
  await expect(pages.getByRole('link', { name: 'Page précédente' })).toHaveCount(0);
  await pages.getByRole('link', { name: 'Page suivante' }).click();
  await expect(rows(page).getByRole('rowheader')).toHaveText(newestFirst.slice(25));
  await expect(pages.getByRole('link', { name: 'Page suivante' })).toHaveCount(0);
  await expectAccessible(page);
  await pages.getByRole('link', { name: 'Page précédente' }).click();
  await expect(rows(page).getByRole('rowheader')).toHaveText(newestFirst.slice(0, 25));
  await expect(pages.getByRole('link', { name: 'Page précédente' })).toHaveCount(0);

  await page.getByRole('combobox', { name: 'Trier par' }).selectOption({ label: 'Dépôt le plus ancien' });
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(rows(page).getByRole('rowheader')).toHaveText(dossiers.slice(0, 25).map((dossier) => dossier.number));
  await pages.getByRole('link', { name: 'Page suivante' }).click();
  await expect(rows(page).getByRole('rowheader')).toHaveText(dossiers.slice(25).map((dossier) => dossier.number));

  await page.getByRole('combobox', { name: 'Trier par' }).selectOption({ label: 'Numéro de dossier' });
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(rows(page).getByRole('rowheader')).toHaveText(dossiers.slice(0, 25).map((dossier) => dossier.number));
});

test('« Suivre » un dossier, puis n’afficher que les dossiers suivis', async ({ page }) => {
  const s = await twoProcedures();
  const agent = await createAgent({ procedures: [s.a.id] });
  await signInAs(page, agent);

  await page.getByRole('button', { name: `Suivre le dossier ${s.deposeA1.number}` }).click();
  await expect(page.getByRole('button', { name: `Ne plus suivre le dossier ${s.deposeA1.number}` })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Vous suivez le dossier ${s.deposeA1.number}.` })).toBeAttached();
  expect(await testDb().dossierFollow.count({ where: { userId: agent.id, dossierId: s.deposeA1.id } })).toBe(1);

  await page.getByRole('checkbox', { name: 'Uniquement les dossiers que je suis' }).check();
  await page.getByRole('button', { name: 'Rechercher' }).click();
  await expect(page).toHaveURL(/suivis=1/);
  await expect(rows(page)).toHaveCount(1);
  await expect(rows(page).first().getByRole('rowheader')).toHaveText(s.deposeA1.number);
  await expect(tabs(page).getByRole('link', { name: 'À traiter (1)' })).toBeVisible();
  await expect(tabs(page).getByRole('link', { name: 'Traités (0)' })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole('button', { name: `Ne plus suivre le dossier ${s.deposeA1.number}` }).click();
  await expect(page.getByText('Aucun dossier de cet onglet ne correspond à votre recherche.')).toBeVisible();
  expect(await testDb().dossierFollow.count({ where: { userId: agent.id } })).toBe(0);
});

test('l’action « Suivre » rejouée par un usager ou hors du périmètre est refusée et ne change rien', async ({ page, browser }) => {
  const s = await twoProcedures();
  const follows = async () =>
    testDb().dossierFollow.findMany({ where: { dossierId: { in: [s.deposeA1.id, s.deposeB.id] } }, select: { userId: true, dossierId: true } });

  await signInAs(page, s.applicant);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  const asApplicant = await replayAction(page, {
    file: FOLLOW_ACTIONS,
    name: 'followDossierAction',
    path: '/instruction',
    fields: { dossierId: s.deposeA1.id, follow: '1' },
  });
  expect(asApplicant.status()).toBe(403);
  expect(await follows()).toEqual([]);

  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    extraHTTPHeaders: { 'X-Forwarded-For': `10.9.${randomInt(256)}.${randomInt(1, 255)}` },
  });
  const agentPage = await context.newPage();
  const agent = await createAgent({ procedures: [s.a.id] });
  await signInAs(agentPage, agent);
  const outside = await replayAction(agentPage, {
    file: FOLLOW_ACTIONS,
    name: 'followDossierAction',
    path: '/instruction',
    fields: { dossierId: s.deposeB.id, follow: '1' },
  });
  expect(await outside.text()).toContain('Ce dossier est introuvable.');
  expect(await follows()).toEqual([]);
  // The same replay on a dossier in the agent's scope works: the refusals above are not an accident of the replay.
  const inside = await replayAction(agentPage, {
    file: FOLLOW_ACTIONS,
    name: 'followDossierAction',
    path: '/instruction',
    fields: { dossierId: s.deposeA1.id, follow: '1' },
  });
  expect(inside.status()).toBe(200);
  expect(await follows()).toEqual([{ userId: agent.id, dossierId: s.deposeA1.id }]);
  await context.close();
});

test('un instructeur sans démarche attribuée sait pourquoi la liste est vide', async ({ page }) => {
  const agent = await createAgent();
  await signInAs(page, agent);
  await expect(page.getByText('Aucune démarche ne vous est attribuée pour le moment.')).toBeVisible();
  await expect(page.getByText(/Demandez à un administrateur/)).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(0);
  await expectAccessible(page);
});

test('la liste est lisible sur un téléphone (375 px)', async ({ page }) => {
  const s = await twoProcedures();
  await page.setViewportSize({ width: 375, height: 800 });
  const agent = await createAgent({ procedures: [s.a.id] });
  await signInAs(page, agent);
  await expect(rows(page)).toHaveCount(2);
  // Each row is a card: its follow button is on screen, nothing scrolls sideways.
  const box = await page.getByRole('button', { name: `Suivre le dossier ${s.deposeA1.number}` }).boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(375);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectAccessible(page);
});

test.describe('sans JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('« Suivre » et la recherche marchent aussi sans JavaScript', async ({ page }) => {
    const s = await twoProcedures();
    const agent = await createAgent({ procedures: [s.a.id] });
    await signInAs(page, agent);
    await page.goto('/instruction?tri=depot-ancien');
    await page.getByRole('button', { name: `Suivre le dossier ${s.deposeA1.number}` }).click();
    // The page comes back (same address, same sort) with the new state.
    await expect(page.getByRole('button', { name: `Ne plus suivre le dossier ${s.deposeA1.number}` })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'Trier par' })).toHaveValue('depot-ancien');
    await page.getByRole('checkbox', { name: 'Uniquement les dossiers que je suis' }).check();
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await expect(page).toHaveURL(/suivis=1/);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).first().getByRole('rowheader')).toHaveText(s.deposeA1.number);
  });
});
