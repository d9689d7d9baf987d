import { readFile } from 'node:fs/promises';
import type { APIRequestContext } from '@playwright/test';
import { ROUTE_HANDLERS } from '../test/security/access-matrix';
import { listRouteHandlers } from '../test/security/route-inventory';
import { actionRedirect, postAction } from './support/actions';
import { testDb } from './support/database';
import { fixturePath } from './support/dossiers';
import { expect, test } from './support/fixtures';
import { makeSecurityScene, sceneFingerprint, type SecurityScene } from './support/security-scene';

// docs/security.md §1 check 21 (ASVS 3.5.1): a request that another site makes a signed-in
// person's browser send is refused, and changes nothing. Server actions: Next.js compares Origin
// with Host. Route handlers get no such check from Next.js (vercel/next.js #101245): each one
// that takes a body checks it itself (lib/security/same-origin.ts), whatever its Content-Type
// (text/plain and forms are what a foreign page can send without CORS).

const EVIL = 'https://evil.example';
const MESSAGE_ACTION = { file: 'app/mon-compte/dossiers/[dossierId]/(suivi)/actions.ts', name: 'postDossierMessageAction' };

let scene: SecurityScene;

test.beforeEach(async ({ baseURL }) => {
  scene = await makeSecurityScene(baseURL!);
});

test.afterEach(async () => {
  await scene.dispose();
});

async function messageCount(dossierId: string): Promise<number> {
  return testDb().dossierMessage.count({ where: { dossierId } });
}

const ENTITIES: Record<string, string> = { '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>', '&amp;': '&' };
const decode = (text: string) => text.replace(/&(quot|#x27|#39|lt|gt|amp);/g, (entity) => ENTITIES[entity]);

/**
 * The hidden fields of the page's form that has an input named `field`, as a page without
 * JavaScript posts them (React names the action there): what another site would copy.
 */
async function noScriptFormFields(request: APIRequestContext, path: string, field: string): Promise<Record<string, string>> {
  const html = await (await request.get(path)).text();
  const form = [...html.matchAll(/<form\b[\s\S]*?<\/form>/g)].map((match) => match[0]).find((candidate) => candidate.includes(`name="${field}"`));
  if (!form) throw new Error(`Pas de formulaire avec ${field} sur ${path}`);
  const hidden = [...form.matchAll(/<input\b[^>]*type="hidden"[^>]*>/g)].map((match) => match[0]);
  return Object.fromEntries(hidden.map((input) => [decode(/name="([^"]*)"/.exec(input)?.[1] ?? ''), decode(/value="([^"]*)"/.exec(input)?.[1] ?? '')]));
}

function postForm(request: APIRequestContext, origin: string, path: string, fields: Record<string, string>) {
  const multipart = new FormData();
  for (const [name, value] of Object.entries(fields)) multipart.append(name, value);
  return request.post(path, { multipart, maxRedirects: 0, headers: { Origin: origin } });
}

test('une action envoyée depuis un autre site est refusée (avec ou sans JavaScript) et ne change rien ; depuis le site, elle agit', async ({ baseURL }) => {
  const { dossier } = scene.values;
  const path = `/mon-compte/dossiers/${dossier}/echanges`;
  const fields = { dossierId: dossier, body: 'Message venu d’ailleurs' };
  const before = await sceneFingerprint(scene);

  const fetched = await postAction(scene.as.owner, EVIL, { ...MESSAGE_ACTION, path, fields });
  expect(fetched.status()).toBeGreaterThanOrEqual(400);
  expect(actionRedirect(fetched)).toBeNull();
  const formFields = { ...(await noScriptFormFields(scene.as.owner, path, 'body')), body: fields.body };
  expect(
    Object.keys(formFields).some((name) => name.startsWith('$ACTION')),
    'le formulaire nomme son action',
  ).toBe(true);
  const form = await postForm(scene.as.owner, EVIL, path, formFields);
  expect(form.status()).toBeGreaterThanOrEqual(400);
  expect(await sceneFingerprint(scene)).toEqual(before);

  // The same two requests from the site itself: the refusals above are the Origin's doing.
  const origin = new URL(baseURL!).origin;
  const ownFetch = await postAction(scene.as.owner, origin, { ...MESSAGE_ACTION, path, fields });
  expect(actionRedirect(ownFetch)).toMatch(/\/echanges\?succes=message/);
  const ownForm = await postForm(scene.as.owner, origin, path, formFields);
  expect(ownForm.status()).toBe(303);
  expect(await messageCount(dossier)).toBe(2);
});

test('une action postée sans en-tête Origin (un script, pas un navigateur) est refusée par 403 et ne change rien', async () => {
  const { dossier } = scene.values;
  const before = await sceneFingerprint(scene);
  const response = await postAction(scene.as.owner, null, {
    ...MESSAGE_ACTION,
    path: `/mon-compte/dossiers/${dossier}/echanges`,
    fields: { dossierId: dossier, body: 'Message sans origine' },
  });
  expect(response.status()).toBe(403);
  expect(actionRedirect(response)).toBeNull();
  expect(await sceneFingerprint(scene)).toEqual(before);
});

test('chaque route qui reçoit un corps (route.ts) refuse une requête d’un autre site, en text/plain comme en formulaire', async ({ baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const handlers = listRouteHandlers().filter((handler) => handler.method !== 'GET' && handler.method !== 'HEAD');
  expect(handlers.length, 'routes POST du code').toBeGreaterThan(0);
  const before = await sceneFingerprint(scene);
  // next-auth's own CSRF token, read as the site's pages can: the refusals below come from the Origin alone.
  const { csrfToken } = (await (await scene.as.owner.get('/api/auth/csrf')).json()) as { csrfToken: string };
  const credentials = { csrfToken, email: scene.other.email, password: scene.other.password };
  const upload = { file: { name: 'attestation.pdf', mimeType: 'application/pdf', buffer: await readFile(fixturePath('attestation.pdf')) } };

  const accepted: string[] = [];
  for (const handler of handlers) {
    const entry = ROUTE_HANDLERS[handler.key];
    expect(entry, `${handler.key} dans la matrice`).toBeDefined();
    for (const url of entry.csrfSamples ?? [entry.sample]) {
      const bodies = {
        'text/plain': { data: new URLSearchParams(credentials).toString(), headers: { 'Content-Type': 'text/plain' } },
        formulaire: { form: credentials },
        multipart: { multipart: upload },
      };
      for (const [kind, body] of Object.entries(bodies)) {
        const response = await scene.as.owner.fetch(url, {
          method: handler.method,
          maxRedirects: 0,
          ...body,
          headers: { Origin: EVIL, ...('headers' in body ? body.headers : {}) },
        });
        if (response.status() !== 403) accepted.push(`${handler.method} ${url} (${kind}) : ${response.status()}`);
      }
    }
  }
  expect(accepted, 'requêtes d’un autre site acceptées').toEqual([]);
  expect(await sceneFingerprint(scene)).toEqual(before);
  expect((await scene.as.owner.get('/mon-compte', { maxRedirects: 0 })).status(), 'la session du propriétaire est intacte').toBe(200);

  // From the site itself, next-auth's sign-out works: the refusal above was the Origin's.
  const signOut = await scene.as.owner.post('/api/auth/signout', { form: { csrfToken }, maxRedirects: 0, headers: { Origin: origin } });
  expect(signOut.status()).toBe(302);
  expect((await scene.as.owner.get('/mon-compte', { maxRedirects: 0 })).headers().location).toMatch(/\/connexion/);
});
