import type { APIRequestContext, APIResponse } from '@playwright/test';
import { PAGES, ROUTE_HANDLERS, SERVER_ACTIONS, type Outcome } from '../test/security/access-matrix';
import { listPages, listRouteHandlers, listServerActions } from '../test/security/route-inventory';
import { VERIFICATION_PATH } from '../lib/auth/mfa/second-factor-paths';
import { actionFailure, actionRedirect, isUnknownAction, postAction } from './support/actions';
import { newApiContext } from './support/api-sessions';
import { testDb } from './support/database';
import { expect, test } from './support/fixtures';
import { isNotStored, securityHeaderProblems } from './support/security-headers';
import { fill, makeSecurityScene, sceneFingerprint, type SecurityScene } from './support/security-scene';

// The access matrix (test/security/access-matrix.ts) tried against the built server, without a
// browser: every page and route handler as a visitor, another applicant and the owner (with the
// security headers of every response), every server action replayed as a visitor and as another
// applicant. Each test reports all its mismatches at once.

test.describe.configure({ timeout: 240_000 });

type Actor = 'visitor' | 'otherApplicant' | 'owner';

const isLoginPath = (pathname: string) => pathname === '/connexion';
const isHomePath = (pathname: string) => pathname === '/mon-compte' || pathname === '/instruction';

function describeOutcome(outcome: Outcome): string {
  return typeof outcome === 'string' ? outcome : 'refused' in outcome ? `refusé : ${outcome.refused}` : `non essayé : ${outcome.skip}`;
}

/** What a GET gives this person, following the redirects a page makes on its own; every response is returned for the headers. */
async function reach(request: APIRequestContext, url: string): Promise<{ outcome: string; responses: APIResponse[] }> {
  const responses: APIResponse[] = [];
  let next = url;
  for (let hop = 0; hop < 5; hop += 1) {
    const response = await request.get(next, { maxRedirects: 0 });
    responses.push(response);
    const status = response.status();
    if (status < 300 || status >= 400) {
      const named: Record<number, string> = { 200: 'ok', 401: 'unauthorized', 403: 'forbidden', 404: 'not-found' };
      return { outcome: named[status] ?? `statut ${status}`, responses };
    }
    const location = new URL(response.headers().location ?? '', new URL(next, 'http://guichet.test'));
    if (isLoginPath(location.pathname)) return { outcome: 'login', responses };
    if (isHomePath(location.pathname) && location.pathname !== new URL(url, 'http://guichet.test').pathname) return { outcome: 'home', responses };
    next = `${location.pathname}${location.search}`;
  }
  return { outcome: 'trop de redirections', responses };
}

/** What a replayed action gave: the same names as the matrix's outcomes. */
async function actionOutcome(response: APIResponse): Promise<string> {
  if (isUnknownAction(response)) return 'action inconnue de cette page (rien n’a été exécuté : corriger `page` dans la matrice)';
  const redirect = actionRedirect(response);
  if (redirect) {
    const pathname = new URL(redirect.split(';')[0], 'http://guichet.test').pathname;
    if (isLoginPath(pathname)) return 'login';
    if (isHomePath(pathname)) return 'home';
    return `redirection vers ${redirect}`;
  }
  const named: Record<number, string> = { 401: 'unauthorized', 403: 'forbidden', 404: 'not-found' };
  if (named[response.status()]) return named[response.status()];
  const failure = await actionFailure(response);
  return failure === null ? `statut ${response.status()} sans refus` : `refusé : ${failure}`;
}

async function forbiddenAccessCount(userId: string): Promise<number> {
  return testDb().auditLog.count({ where: { actorId: userId, action: 'access.forbidden' } });
}

let scene: SecurityScene;

test.beforeEach(async ({ baseURL }) => {
  scene = await makeSecurityScene(baseURL!);
});

test.afterEach(async () => {
  await scene.dispose();
});

test('la matrice d’accès liste chaque page, route et action du code', () => {
  // Also a unit test (test/security/access-matrix.test.ts): repeated here so that this spec never
  // runs on a matrix that forgets a route.
  expect(Object.keys(PAGES).sort()).toEqual(listPages());
  expect(Object.keys(ROUTE_HANDLERS).sort()).toEqual(listRouteHandlers().map((handler) => handler.key));
  expect(Object.keys(SERVER_ACTIONS).sort()).toEqual(listServerActions());
});

test('chaque page et route en GET : visiteur, autre usager, propriétaire ; en-têtes de sécurité sur chaque réponse ; aucun GET ne change rien', async () => {
  const before = await sceneFingerprint(scene);
  const entries = [...Object.entries(PAGES), ...Object.entries(ROUTE_HANDLERS).filter(([key]) => key.startsWith('GET '))];
  const mismatches: string[] = [];
  const headerProblems: string[] = [];
  const requestOf = (actor: Actor, sample: string) => (actor === 'owner' && sample.startsWith('/instruction') ? scene.as.admin : scene.as[actor]);
  for (const [key, entry] of entries) {
    const url = fill(entry.sample, scene.values);
    for (const actor of ['visitor', 'otherApplicant', 'owner'] as const) {
      const expected = entry[actor];
      if (typeof expected === 'object') continue;
      const journaled = await forbiddenAccessCount(scene.other.id);
      const { outcome, responses } = await reach(requestOf(actor, entry.sample), url);
      if (outcome !== expected) mismatches.push(`${key} (${url}) en ${actor} : attendu ${describeOutcome(expected)}, obtenu ${outcome}`);
      // ASVS 16.3.2: an applicant stopped at the agents' door is in the journal.
      if (actor === 'otherApplicant' && outcome === 'forbidden' && (await forbiddenAccessCount(scene.other.id)) === journaled)
        mismatches.push(`${key} : refus absent du journal`);
      const person =
        actor === 'visitor' ? null : actor === 'otherApplicant' ? scene.other : entry.sample.startsWith('/instruction') ? scene.admin : scene.owner;
      for (const response of responses) {
        const body = person && !isNotStored(response.headers()['cache-control']) ? await response.text() : undefined;
        const problems = securityHeaderProblems(response, { signedIn: person !== null, personal: person ? [person.email, person.id] : [], body });
        for (const problem of problems) headerProblems.push(`${response.url()} (${actor}, ${response.status()}) : ${problem}`);
      }
    }
  }
  expect(mismatches, 'accès').toEqual([]);
  expect(headerProblems, 'en-têtes de sécurité').toEqual([]);
  // docs/security.md §1 check 22: all those GETs (by visitor, intruder, owner and administrator) changed nothing.
  expect(await sceneFingerprint(scene)).toEqual(before);
});

test('chaque action rejouée par un visiteur ou un autre usager est refusée et ne change rien', async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const before = await sceneFingerprint(scene);
  const mismatches: string[] = [];
  let tried = 0;
  for (const [key, entry] of Object.entries(SERVER_ACTIONS)) {
    const [file, name] = key.split('#');
    for (const actor of ['visitor', 'otherApplicant'] as const) {
      const expected = entry[actor];
      if (typeof expected === 'object' && 'skip' in expected) continue;
      const fields = Object.fromEntries(Object.entries(entry.fields).map(([field, value]) => [field, fill(value, scene.values)]));
      const response = await postAction(scene.as[actor], origin, { file, name, path: fill(entry.page, scene.values), fields, args: entry.args });
      const outcome = await actionOutcome(response);
      tried += 1;
      if (outcome !== describeOutcome(expected)) mismatches.push(`${key} en ${actor} : attendu ${describeOutcome(expected)}, obtenu ${outcome}`);
    }
  }
  expect(mismatches).toEqual([]);
  expect(await sceneFingerprint(scene)).toEqual(before);
  // Not a matrix of skips: most actions are tried twice.
  expect(tried).toBeGreaterThan(Object.keys(SERVER_ACTIONS).length);
});

test('avec le mot de passe seul, un agent n’atteint que la seconde étape et la déconnexion : chaque page, route et action le renvoie à son code', async ({
  baseURL,
}) => {
  // ASVS 6.3.3: an administrator who gave the password but not the code. Every page, route and
  // action that asks a visitor to sign in sends this agent to the second step (its own pages
  // excepted), and nothing of a dossier shows in the redirect, not even in the page's title.
  const origin = new URL(baseURL!).origin;
  const passwordOnly = await newApiContext(baseURL!, scene.admin, { passwordOnly: true });
  const { number } = await testDb().dossier.findUniqueOrThrow({ where: { id: scene.values.dossier }, select: { number: true } });
  const secrets = [number!, scene.owner.email];
  const before = await sceneFingerprint(scene);
  const mismatches: string[] = [];
  const isSecondStep = (sample: string) => sample.startsWith('/connexion/');
  const toSecondStep = (location: string | null) => location !== null && new URL(location, origin).pathname === VERIFICATION_PATH;

  const entries = [...Object.entries(PAGES), ...Object.entries(ROUTE_HANDLERS).filter(([key]) => key.startsWith('GET '))];
  let pages = 0;
  for (const [key, entry] of entries) {
    if (isSecondStep(entry.sample) || (entry.visitor !== 'login' && entry.visitor !== 'unauthorized')) continue;
    const url = fill(entry.sample, scene.values);
    const response = await passwordOnly.get(url, { maxRedirects: 0 });
    pages += 1;
    const body = await response.text();
    for (const secret of secrets) if (body.includes(secret)) mismatches.push(`${key} (${url}) : la réponse contient « ${secret} »`);
    // The file routes answer as to a visitor (401): they have no page to send back to.
    if (entry.visitor === 'unauthorized') {
      if (response.status() !== 401) mismatches.push(`${key} (${url}) : attendu 401, obtenu ${response.status()}`);
    } else if (!toSecondStep(response.headers().location ?? null)) {
      mismatches.push(`${key} (${url}) : attendu la seconde étape, obtenu ${response.status()} ${response.headers().location ?? ''}`);
    }
  }

  let actions = 0;
  for (const [key, entry] of Object.entries(SERVER_ACTIONS)) {
    if (isSecondStep(entry.page) || entry.visitor !== 'login') continue;
    const [file, name] = key.split('#');
    const fields = Object.fromEntries(Object.entries(entry.fields).map(([field, value]) => [field, fill(value, scene.values)]));
    const response = await postAction(passwordOnly, origin, { file, name, path: fill(entry.page, scene.values), fields, args: entry.args });
    actions += 1;
    const redirect = actionRedirect(response);
    if (!toSecondStep(redirect?.split(';')[0] ?? null)) mismatches.push(`${key} : attendu la seconde étape, obtenu ${await actionOutcome(response)}`);
  }
  expect(mismatches).toEqual([]);
  // « Mes données personnelles » and its three forms (details, email, password) among them.
  expect(pages).toBeGreaterThanOrEqual(40);
  expect(actions).toBeGreaterThan(40);
  expect(await sceneFingerprint(scene)).toEqual(before);

  // The second step itself, and « Se déconnecter », stay open.
  expect((await passwordOnly.get(VERIFICATION_PATH, { maxRedirects: 0 })).status()).toBe(200);
  const signedOut = await postAction(passwordOnly, origin, { file: 'lib/auth/actions.ts', name: 'signOutAction', path: '/', fields: {} });
  expect(await actionOutcome(signedOut)).toBe('login');
  await passwordOnly.dispose();
});
