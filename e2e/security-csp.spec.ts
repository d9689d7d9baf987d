import type { Page } from '@playwright/test';
import { createAgent } from './support/agents';
import { createUser } from './support/factories';
import { expect, test } from './support/fixtures';
import { signInAs } from './support/sessions';

// docs/security.md §1 check 24: the signed-in areas allow only the scripts Next.js marks with the
// request's nonce (and the layout's own, by its hash); public pages, cached and the same for
// everyone, keep 'unsafe-inline' (docs/decisions/005-security-headers.md).

function scriptSource(csp: string): string {
  return (
    csp
      .split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith('script-src')) ?? ''
  );
}

async function injectedScriptRan(page: Page, path: string): Promise<boolean> {
  await page.route(path, async (route) => {
    const response = await route.fetch();
    const body = (await response.text()).replace('</body>', '<script>window.__injected = true</script></body>');
    await route.fulfill({ response, body });
  });
  await page.goto(path);
  await page.waitForFunction(() => (window as unknown as { next?: { appDir?: boolean } }).next?.appDir === true);
  await page.unroute(path);
  return page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected === true);
}

test('espace connecté : une CSP à nonce, neuve à chaque page, qui bloque un script injecté sans gêner la page', async ({ page }) => {
  const user = await createUser();
  const responses: string[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() === 'document') responses.push(response.headers()['content-security-policy'] ?? '');
  });
  await signInAs(page, user);
  await page.goto('/mon-compte/donnees-personnelles');
  const [first, second] = responses.slice(-2).map(scriptSource);
  expect(first).toMatch(/^script-src 'nonce-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+' 'strict-dynamic'$/);
  expect(second).not.toBe(first);
  expect(first).not.toContain('unsafe-inline');

  // Next.js's own scripts run (it sets window.next once it has booted): the page is not broken.
  await expect(page.getByRole('heading', { level: 1, name: 'Mes données personnelles' })).toBeVisible();
  await page.waitForFunction(() => (window as unknown as { next?: { appDir?: boolean } }).next?.appDir === true);
  // A script slipped into the HTML (what a stored XSS would do) does not run here; the same one on
  // a public page, whose CSP allows inline scripts, does: the check can see a script run.
  expect(await injectedScriptRan(page, '/mon-compte/donnees-personnelles'), 'espace connecté').toBe(false);
  expect(await injectedScriptRan(page, '/accessibilite'), 'page publique').toBe(true);
});

test('espace des agents : la même CSP à nonce ; une page publique garde la sienne', async ({ page, request }) => {
  const agent = await createAgent();
  await signInAs(page, agent);
  const response = await page.goto('/instruction');
  expect(scriptSource(response!.headers()['content-security-policy'] ?? '')).toMatch(/^script-src 'nonce-/);
  await page.waitForFunction(() => (window as unknown as { next?: { appDir?: boolean } }).next?.appDir === true);
  expect(scriptSource((await request.get('/')).headers()['content-security-policy'] ?? '')).toBe("script-src 'self' 'unsafe-inline'");
});
