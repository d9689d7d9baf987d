import fc from 'fast-check';
import { listPages, listRouteHandlers } from '../test/security/route-inventory';
import { expect, test } from './support/fixtures';

// What a browser never sends, sent by hand: a refusal that says so (4xx), never a 5xx.

const MALFORMED_SEGMENT = '%E0%A4%A';

test('une adresse mal encodée répond 400 en français, sur chaque page et chaque route', async ({ request }) => {
  const patterns = new Set([...listPages(), ...listRouteHandlers().map((route) => route.key.split(' ')[1])]);
  for (const pattern of patterns) {
    const url = pattern.includes('[') ? pattern.replace(/\[[^\]]+\]/g, MALFORMED_SEGMENT) : `${pattern.replace(/\/$/, '')}/${MALFORMED_SEGMENT}`;
    const response = await request.get(url, { maxRedirects: 0 });
    expect(response.status(), url).toBe(400);
    expect(await response.text(), url).toContain('Cette adresse est mal formée');
  }
});

test('une action serveur rejouée avec un corps trop gros, illisible ou inattendu est refusée sans 5xx', async ({ page, request, baseURL }) => {
  await page.goto('/connexion');
  const actionId = (await page.content()).match(/&quot;id&quot;:&quot;([0-9a-f]{40,})&quot;/)?.[1];
  expect(actionId, 'l’identifiant de l’action de connexion').toBeTruthy();
  const post = (data: string | Buffer, contentType = 'text/plain;charset=UTF-8') =>
    request.post('/connexion', { headers: { 'Next-Action': actionId!, Origin: baseURL!, 'Content-Type': contentType }, data, maxRedirects: 0 });

  const tooBig = await post('x'.repeat(1024 * 1024 + 1));
  expect(tooBig.status()).toBe(413);
  expect(await tooBig.text()).toContain('trop volumineux');
  const notAForm = await post('[null,"$K1"]');
  expect(notAForm.status()).toBe(415);
  expect(await notAForm.text()).toContain('illisible');

  const boundary = 'guichetfuzz';
  const multipart = (fields: [string, string][]) =>
    `${fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, '')}"\r\n\r\n${value}\r\n`).join('')}--${boundary}--\r\n`;
  const postForm = (fields: [string, string][]) => post(multipart(fields), `multipart/form-data; boundary=${boundary}`);
  expect((await postForm([['0', 'garbage{[']])).status()).toBe(400);

  // Any arguments, then the arguments React sends with any fields: a refusal, never a 5xx.
  await fc.assert(
    fc.asyncProperty(fc.json({ maxDepth: 3 }), async (json) => {
      expect((await postForm([['0', json]])).status(), json).toBeLessThan(500);
    }),
    { numRuns: 40 },
  );
  const field = fc.tuple(
    fc.oneof(
      fc.constantFrom('1_email', '1_password', '1_retour', '1_$ACTION_REF_1'),
      fc.string().map((name) => `1_${name}`),
    ),
    fc.string(),
  );
  await fc.assert(
    fc.asyncProperty(fc.array(field, { maxLength: 6 }), async (fields) => {
      const response = await postForm([['0', '["$undefined","$K1"]'], ...fields]);
      expect(response.status(), JSON.stringify(fields)).toBeLessThan(500);
    }),
    { numRuns: 40 },
  );
});
