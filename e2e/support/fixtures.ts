import { randomInt } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page } from '@playwright/test';
import { ordinarySpaceMistakes } from '../../lib/format/french-spacing';

// Every test gets its own client IP (the app trusts one proxy hop in e2e, see
// playwright.config.ts) so that throttling per IP is per test.
export const test = base.extend<{ clientIp: string }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads the fixtures a function destructures
  clientIp: async ({}, use) => {
    await use(`10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}`);
  },
  extraHTTPHeaders: async ({ clientIp }, use) => {
    await use({ 'X-Forwarded-For': clientIp });
  },
});

export { expect };

/**
 * axe-core (RGAA's automatable part: WCAG 2.1 A and AA) finds no violation on the page as it is now,
 * and its text has French spacing (U+00A0 before « : ; ! ? » and inside « »).
 */
export async function expectAccessible(page: Page) {
  // The title names the page and the site (RGAA 8.5/8.6); after a client-side navigation it may
  // arrive a moment after the content.
  await expect(page).toHaveTitle(/\S.* — Guichet|^Guichet — /);
  // axe.run in the page itself (« legacy mode »): the default opens a blank page and injects axe a
  // second time to merge the frames' results, which doubles the cost for our same-origin frames.
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).setLegacyMode().analyze();
  const summary = results.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary, `violations axe sur ${page.url()}`).toEqual([]);
  // biome-ignore lint/performance/useDomNodeTextContent: the text as people see it, without scripts or hidden nodes
  expect(ordinarySpaceMistakes(await page.locator('body').innerText()), `typographie sur ${page.url()}`).toEqual([]);
}

/** Signs in through the login page, as a person would from « Accueil » (specs about signing in; the others use signInAs). */
export async function signIn(page: Page, email: string, password: string) {
  await page.goto('/');
  await page.getByRole('link', { name: 'Connexion – Créer son compte' }).click();
  await page.getByLabel('Courriel').fill(email);
  await page.getByLabel('Mot de passe', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Connexion', exact: true }).click();
}
