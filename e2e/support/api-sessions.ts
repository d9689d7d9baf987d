import { randomInt } from 'node:crypto';
import { expect, request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { actionFailure, actionRedirect, postAction } from './actions';
import { totpCode, type TestAgent } from './agents';
import type { TestUser } from './factories';

// Sessions without a browser, for the tests that send hundreds of requests (access matrix,
// headers, CSRF): the login form's own action replayed, then for an agent the second step's.
// Each context has its own cookies and its own client IP (throttling is per IP).

export async function newApiContext(baseURL: string): Promise<APIRequestContext> {
  return playwrightRequest.newContext({
    baseURL,
    extraHTTPHeaders: { 'X-Forwarded-For': `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` },
  });
}

/** Signs `person` in on `request` (an agent with the code of the second step too). */
export async function signInWithApi(request: APIRequestContext, baseURL: string, person: TestUser | TestAgent): Promise<void> {
  const origin = new URL(baseURL).origin;
  const login = await postAction(request, origin, {
    file: 'app/(auth)/connexion/actions.ts',
    name: 'loginAction',
    path: '/connexion',
    fields: { email: person.email, password: person.password },
  });
  expect(await actionFailure(login), `connexion de ${person.email}`).toBeNull();
  const totpSecret = 'totpSecret' in person ? person.totpSecret : null;
  if (!totpSecret) return;
  const verified = await postAction(request, origin, {
    file: 'app/(auth)/connexion/verification/actions.ts',
    name: 'verifyCodeAction',
    path: '/connexion/verification',
    fields: { code: totpCode(totpSecret) },
  });
  expect(await actionFailure(verified), `seconde étape de ${person.email}`).toBeNull();
  expect(actionRedirect(verified)).toMatch(/^\/instruction/);
}
