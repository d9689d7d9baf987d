import type { APIRequestContext, Browser, Page, TestInfo } from '@playwright/test';
import { testDb } from './support/database';
import { createUser, GOOD_PASSWORD } from './support/factories';
import { createAgent } from './support/agents';
import { expect, signIn, test } from './support/fixtures';
import { signInAs } from './support/sessions';
import { insertProcedure, uniqueWord } from './support/procedures';

// Public pages are rendered once and served from a cache (docs/decisions/025-public-pages-cache.md):
// an administrator's change shows within 5 s, made on this instance or on another one (a change in
// the database, which each instance watches); and a cached page is the same for everyone, so the
// header of a signed-in person is filled in by the browser, without ever showing « Connexion » first.

const WITHIN_5_S = { timeout: 5_000, intervals: [250] };
const VISITOR_LINK = 'Connexion – Créer son compte';

function publicPages(slug: string, word: string): string[] {
  return ['/', '/demarches', `/demarches?recherche=${word}`, `/demarches/${slug}`];
}

async function visitorPage(browser: Browser, testInfo: TestInfo): Promise<Page> {
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  return context.newPage();
}

/**
 * How many of `paths` hold `text`, each asked again at once (plain requests: on a busy machine a
 * browser's rendering would eat the 5 s being measured; the browser checks what a person sees after).
 */
async function pagesShowing(request: APIRequestContext, paths: string[], text: string): Promise<number> {
  const pages = await Promise.all(paths.map(async (path) => (await request.get(path)).text()));
  return pages.filter((html) => html.includes(text)).length;
}

async function expectInMain(visitor: Page, path: string, text: string) {
  await visitor.goto(path);
  await expect(visitor.locator('main').getByText(text).first()).toBeVisible();
}

test('le changement d’une démarche par un administrateur paraît en moins de 5 s sur l’accueil, le catalogue, une recherche et sa page', async ({
  page,
  browser,
  request,
}, testInfo) => {
  const word = uniqueWord();
  // « Abeilles »: sorted before the démarches other tests add, on the catalogue's first page.
  const procedure = await insertProcedure({ title: `Abeilles et ruchers ${word}`, featured: true });
  const pages = publicPages(procedure.slug, word);
  const visitor = await visitorPage(browser, testInfo);
  // Made in the database: within seconds everywhere, like a change from another instance.
  await expect.poll(() => pagesShowing(request, pages, procedure.title), WITHIN_5_S).toBe(4);
  for (const path of pages) await expectInMain(visitor, path, procedure.title);

  const admin = await createAgent({ role: 'ADMIN' });
  await signInAs(page, admin);
  await page.goto(`/instruction/demarches/${procedure.id}`);
  const renamed = `Abeilles et ruchers fleuris ${word}`;
  await page.getByLabel('Titre').fill(renamed);
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Les informations de la démarche ont été enregistrées.')).toBeVisible();
  await expect.poll(() => pagesShowing(request, pages, renamed), WITHIN_5_S).toBe(4);
  for (const path of pages) await expectInMain(visitor, path, renamed);

  // « À la Une » removed: out of the banner, still in the catalogue.
  await page.getByLabel('À la Une', { exact: true }).uncheck();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Les informations de la démarche ont été enregistrées.')).toBeVisible();
  await expect.poll(() => pagesShowing(request, ['/'], renamed), WITHIN_5_S).toBe(0);
  expect(await pagesShowing(request, pages.slice(1), renamed)).toBe(3);
  await visitor.goto('/');
  await expect(visitor.getByRole('region', { name: 'Démarches à la Une' }).getByRole('link', { name: renamed })).toHaveCount(0);

  // Closed by a change in the database (as another instance would write it): the catalogue drops
  // it, its page says so.
  await testDb().procedure.update({ where: { id: procedure.id }, data: { closesAt: new Date(Date.now() - 60_000) } });
  await expect.poll(() => pagesShowing(request, ['/demarches', `/demarches?recherche=${word}`], renamed), WITHIN_5_S).toBe(0);
  await expect.poll(() => pagesShowing(request, [`/demarches/${procedure.slug}`], 'Cette démarche est fermée'), WITHIN_5_S).toBe(1);
  await expectInMain(visitor, `/demarches/${procedure.slug}`, 'Cette démarche est fermée');

  // Unpublished: its page is gone.
  await page.goto(`/instruction/demarches/${procedure.id}`);
  await page.getByLabel('Publiée').uncheck();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Les informations de la démarche ont été enregistrées.')).toBeVisible();
  await expect.poll(async () => (await visitor.goto(`/demarches/${procedure.slug}`))?.status(), WITHIN_5_S).toBe(404);
  await visitor.context().close();
});

/** Records, from the first byte of each page, whether the visitor's link was ever visible. */
async function watchVisitorLink(page: Page) {
  await page.addInitScript((label) => {
    const check = () => {
      for (const link of document.querySelectorAll('a')) {
        if (link.textContent?.includes(label) && link.checkVisibility({ visibilityProperty: true })) {
          (window as unknown as { visitorLinkShown: boolean }).visitorLinkShown = true;
        }
      }
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('DOMContentLoaded', check);
    window.addEventListener('load', check);
  }, VISITOR_LINK);
}

const visitorLinkShown = (page: Page) => page.evaluate(() => Boolean((window as unknown as { visitorLinkShown?: boolean }).visitorLinkShown));

async function expectSignedInHeader(page: Page, firstName: string) {
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByText(firstName)).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Mon compte' })).toBeVisible();
  await expect(nav.getByRole('link', { name: VISITOR_LINK })).toHaveCount(0);
  expect(await visitorLinkShown(page), `« ${VISITOR_LINK} » ne doit pas apparaître, même un instant`).toBe(false);
}

async function expectVisitorHeader(page: Page, firstName: string) {
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByRole('link', { name: VISITOR_LINK })).toBeVisible();
  await expect(nav.getByText(firstName)).toHaveCount(0);
  await expect(nav.getByRole('link', { name: 'Mon compte' })).toHaveCount(0);
}

test('une page publique en cache ne montre jamais l’en-tête d’une personne connectée, et celui d’une personne connectée ne clignote pas', async ({
  page,
  browser,
  request,
}, testInfo) => {
  const word = uniqueWord();
  const procedure = await insertProcedure({ title: `Aide aux vergers ${word}`, featured: true });
  const pages = publicPages(procedure.slug, word);
  const firstName = `Capucine${word}`;
  const user = await createUser({ firstName });
  await watchVisitorLink(page);

  // Signed in, then the public pages: the person's header, never « Connexion » first.
  await signIn(page, user.email, GOOD_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByText(firstName)).toBeVisible();
  for (const path of pages) {
    await page.goto(path);
    await expectSignedInHeader(page, firstName);
  }
  // What the server sends is the cached page, the same as a visitor's: no name in it.
  const cookies = (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
  for (const path of pages) {
    const html = await (await request.get(path, { headers: { Cookie: cookies } })).text();
    expect(html).not.toContain(firstName);
    expect(html).toContain(VISITOR_LINK);
  }

  // Signed out: the same pages, loaded again, show a visitor's header.
  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  await expect(page.getByText('Votre session est fermée.')).toBeVisible();
  for (const path of pages) {
    await page.goto(path);
    await expectVisitorHeader(page, firstName);
  }

  // The reverse: a visitor fills the cache first, then signs in.
  const other = await visitorPage(browser, testInfo);
  await watchVisitorLink(other);
  for (const path of pages) {
    await other.goto(path);
    await expectVisitorHeader(other, firstName);
  }
  // A visitor does see the link from the first paint: the check above can fail.
  expect(await visitorLinkShown(other)).toBe(true);
  await signIn(other, user.email, GOOD_PASSWORD);
  await expect(other.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await expect(other.getByRole('navigation', { name: 'Navigation principale' }).getByText(firstName)).toBeVisible();
  for (const path of pages) {
    await other.goto(path);
    await expectSignedInHeader(other, firstName);
  }
  // The démarche's page (its two calls to action): straight to the form for a signed-in person.
  for (const link of await other.getByRole('link', { name: 'Déposer une demande' }).all()) {
    await expect(link).toHaveAttribute('href', `/demarches/${procedure.slug}/deposer`);
  }
  await expect(other.getByRole('link', { name: 'Déposer une demande' })).toHaveCount(2);
  await expect(other.getByRole('link', { name: 'Se connecter pour déposer une demande' })).toHaveCount(0);
  await other.context().close();
});
