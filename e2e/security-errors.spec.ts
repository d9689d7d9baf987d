import { serverActionId } from './support/actions';
import { expect, test } from './support/fixtures';
import { makeSecurityScene } from './support/security-scene';

// docs/security.md §1 check 31 (ASVS 16.5.1): requests made to break the server get an answer
// without a stack trace, a source path or an internal message.

const LEAKS = [
  /\n\s+at\s+\S+/,
  /node_modules/,
  /\.(ts|tsx|js|mjs):\d+/,
  /\/work\/|\/home\/|\/usr\//,
  /PrismaClient|prisma\.|Invalid `/,
  /TypeError|ReferenceError|SyntaxError/,
];

test('les erreurs provoquées ne montrent ni trace, ni chemin, ni message interne', async ({ baseURL }) => {
  const scene = await makeSecurityScene(baseURL!);
  const origin = new URL(baseURL!).origin;
  const messageAction = serverActionId('app/mon-compte/dossiers/[dossierId]/(suivi)/actions.ts', 'postDossierMessageAction');
  const dossierPage = `/mon-compte/dossiers/${scene.values.dossier}/echanges`;
  const attempts = [
    {
      who: scene.as.owner,
      what: 'action au corps illisible',
      send: () =>
        scene.as.owner.post(dossierPage, {
          data: '{"pas du flight',
          headers: { 'Next-Action': messageAction, Origin: origin, 'Content-Type': 'text/plain' },
          maxRedirects: 0,
        }),
    },
    {
      who: scene.as.owner,
      what: 'action au multipart cassé',
      send: () =>
        scene.as.owner.post(dossierPage, {
          data: '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[',
          headers: { 'Next-Action': messageAction, Origin: origin, 'Content-Type': 'multipart/form-data; boundary=x' },
          maxRedirects: 0,
        }),
    },
    {
      who: scene.as.owner,
      what: 'action inconnue',
      send: () =>
        scene.as.owner.post(dossierPage, {
          data: '[]',
          headers: { 'Next-Action': 'f'.repeat(42), Origin: origin, 'Content-Type': 'text/plain' },
          maxRedirects: 0,
        }),
    },
    { who: scene.as.owner, what: 'identifiant de dossier invalide', send: () => scene.as.owner.get('/mon-compte/dossiers/pas-un-id') },
    { who: scene.as.owner, what: 'identifiant de profil invalide', send: () => scene.as.owner.get('/mon-compte/profils/pas-un-id') },
    { who: scene.as.owner, what: 'identifiant de fichier invalide', send: () => scene.as.owner.get('/api/fichiers/pas-un-id') },
    {
      who: scene.as.owner,
      what: 'dépôt au multipart cassé',
      send: () =>
        scene.as.owner.post('/api/fichiers', {
          data: '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF',
          headers: { Origin: origin, 'Content-Type': 'multipart/form-data; boundary=x' },
        }),
    },
    { who: scene.as.admin, what: 'export d’un identifiant invalide', send: () => scene.as.admin.get('/instruction/exports/pas-un-id?statut=%ZZ') },
    { who: scene.as.admin, what: 'file au curseur forgé', send: () => scene.as.admin.get('/instruction?apres=%E0%A4%A&tri=%00') },
    { who: scene.as.admin, what: 'dossier d’agent invalide', send: () => scene.as.admin.get('/instruction/dossiers/pas-un-id') },
  ];
  const leaks: string[] = [];
  const statuses: number[] = [];
  for (const attempt of attempts) {
    const response = await attempt.send();
    statuses.push(response.status());
    const body = await response.text();
    for (const pattern of LEAKS) if (pattern.test(body)) leaks.push(`${attempt.what} (${response.status()}) : ${pattern} dans « ${body.slice(0, 300)} »`);
  }
  expect(leaks).toEqual([]);
  // The attempts did break something: at least one answered with a server error or a refusal.
  expect(
    statuses.some((status) => status >= 400),
    `statuts ${statuses.join(', ')}`,
  ).toBe(true);
  await scene.dispose();
});
