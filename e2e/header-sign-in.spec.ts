import type { Page } from '@playwright/test';
import { createAgent, signInAgentWithForm } from './support/agents';
import { createUser, GOOD_PASSWORD } from './support/factories';
import { expect, expectAccessible, signIn, test } from './support/fixtures';
import { addSessionCookie } from './support/sessions';
import { uniqueWord } from './support/procedures';

// The header after « Se connecter » and after « Se déconnecter » (issue 16): the page that follows
// shows the right account links from its first paint, never the other person's for a moment. The
// signed-in areas and the sign-in page tell the header who is signed in themselves
// (components/layout/server-viewer.tsx); public pages stay cached and the same for everyone.

const VISITOR_LINK = 'Connexion – Créer son compte';

type HeaderState = { path: string; visitorLink: boolean; signOutButton: boolean };

/**
 * From the first byte of every document of `page`, each state the header goes through, with the
 * address shown at that moment (a change of the DOM or of the address is a new state).
 */
async function recordHeaderStates(page: Page) {
  await page.addInitScript((label) => {
    const states: HeaderState[] = [];
    (window as unknown as { headerStates: HeaderState[] }).headerStates = states;
    const visible = (element: Element) => element.checkVisibility({ visibilityProperty: true });
    const record = () => {
      const header = document.querySelector('header');
      const state: HeaderState = {
        path: location.pathname,
        visitorLink: [...(header?.querySelectorAll('a') ?? [])].some((link) => link.textContent?.includes(label) && visible(link)),
        signOutButton: [...(header?.querySelectorAll('button') ?? [])].some((button) => button.textContent?.includes('Se déconnecter') && visible(button)),
      };
      const last = states.at(-1);
      if (!last || last.path !== state.path || last.visitorLink !== state.visitorLink || last.signOutButton !== state.signOutButton) states.push(state);
    };
    new MutationObserver(record).observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    document.addEventListener('DOMContentLoaded', record);
  }, VISITOR_LINK);
}

const headerStates = (page: Page) => page.evaluate(() => (window as unknown as { headerStates: HeaderState[] }).headerStates);

const inSignedInArea = (path: string) => /^\/(mon-compte|instruction)(\/|$)/.test(path);

test('après « Se connecter », l’en-tête ne montre jamais « Connexion – Créer son compte » ; après « Se déconnecter », jamais l’en-tête de la personne', async ({
  page,
}) => {
  const firstName = `Bérénice${uniqueWord()}`;
  const user = await createUser({ firstName });
  await recordHeaderStates(page);

  await signIn(page, user.email, GOOD_PASSWORD);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Navigation principale' });
  await expect(nav.getByText(firstName)).toBeVisible();
  await expectAccessible(page);
  const signingIn = await headerStates(page);
  // The recording saw the visitor's link on « Connexion » (it can fail), then the signed-in header.
  expect(signingIn).toContainEqual({ path: '/connexion', visitorLink: true, signOutButton: false });
  expect(signingIn.at(-1)).toEqual({ path: '/mon-compte', visitorLink: false, signOutButton: true });
  expect(signingIn.filter((state) => inSignedInArea(state.path) && state.visitorLink)).toEqual([]);

  await nav.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  await expect(page.getByText('Votre session est fermée.')).toBeVisible();
  await expect(nav.getByRole('link', { name: VISITOR_LINK })).toBeVisible();
  const signingOut = (await headerStates(page)).slice(signingIn.length);
  expect(signingOut.at(-1)).toEqual({ path: '/connexion', visitorLink: true, signOutButton: false });
  expect(signingOut.filter((state) => state.path === '/connexion' && state.signOutButton)).toEqual([]);
});

test('une page de l’espace connecté, chargée dans un navigateur qui n’a encore rien noté, ne montre pas « Connexion – Créer son compte » avant l’en-tête de la personne', async ({
  browser,
}, testInfo) => {
  const firstName = `Anatole${uniqueWord()}`;
  const user = await createUser({ firstName });
  // A session cookie, an empty localStorage: the first page after FranceConnect, or after « Se connecter » in another tab.
  const context = await browser.newContext({ baseURL: testInfo.project.use.baseURL });
  await addSessionCookie(context, user);
  const page = await context.newPage();
  await recordHeaderStates(page);
  await page.goto('/mon-compte/dossiers');
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByText(firstName)).toBeVisible();
  const states = await headerStates(page);
  expect(states.length).toBeGreaterThan(0);
  expect(states.filter((state) => state.visitorLink)).toEqual([]);
  await context.close();
});

test('un agent qui donne son code arrive sur « Dossiers » sans voir « Connexion – Créer son compte »', async ({ page }) => {
  const agent = await createAgent({ firstName: `Gaspard${uniqueWord()}` });
  await recordHeaderStates(page);
  await signInAgentWithForm(page, agent);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' }).getByText(agent.firstName)).toBeVisible();
  const states = await headerStates(page);
  expect(states.at(-1)).toEqual({ path: '/instruction', visitorLink: false, signOutButton: true });
  expect(states.filter((state) => inSignedInArea(state.path) && state.visitorLink)).toEqual([]);
});
