import { createStoredFile } from '../test/factories/files';
import { buildBadFileCorpus, type BadFile } from './fixtures/files/bad-file-corpus';
import { testDb } from './support/database';
import { chooseFile, fixturePath, openIndividualDraft } from './support/dossiers';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { signInAs } from './support/sessions';

// Bad files of the corpus (docs/security.md §3; every file is tested in
// lib/files/handle-upload.integration.test.ts) chosen through the real form: the person clicks
// « Choisir un fichier », the browser sends the file, and the server's French reason appears next
// to the justificatif — nothing is stored.

const DOCUMENT = 'Relevé d’identité bancaire';

// The server's messages (lib/files/upload-refusals.ts), as a person reads them.
const CASES: { id: string; message: string }[] = [
  { id: 'html-as-pdf', message: 'Seuls les formats PDF et image (PNG, JPEG, WebP) sont autorisés pour des raisons de sécurité.' },
  {
    id: 'pdf-disguised-objstm',
    message: 'Ce PDF contient du contenu actif (JavaScript, lancement d’application ou fichiers joints) : il est refusé pour des raisons de sécurité.',
  },
  { id: 'png-bomb', message: 'L’image est trop grande (plus de 40 millions de pixels).' },
  { id: 'pdf-zip-appended', message: 'Ce PDF contient d’autres données que le document (par exemple une archive ajoutée à sa fin)' },
  { id: 'pdf-content-stream-bomb', message: 'Ce PDF est trop complexe pour être vérifié (trop d’objets ou de données compressées)' },
];

test('un fichier dangereux choisi dans le formulaire est refusé, avec la raison en français à côté du justificatif', async ({ page }) => {
  const corpus = new Map((await buildBadFileCorpus({ maxMb: 20 })).map((file): [string, BadFile] => [file.id, file]));
  const user = await createUser();
  await signInAs(page, user);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await openIndividualDraft(page);
  const justificatif = page.getByRole('group', { name: DOCUMENT });

  for (const { id, message } of CASES) {
    const file = corpus.get(id)!;
    await chooseFile(page, justificatif, { name: file.name, mimeType: file.clientMime, buffer: file.bytes });
    await expect(justificatif, id).toContainText(message);
    // The refusal names the file: several may have been chosen.
    await expect(justificatif.getByRole('alert'), id).toContainText(`« ${file.name} » : ${message}`);
    // The message is the field's description, so a screen reader reads it with the field.
    await expect(page.getByLabel(`Choisir un fichier : ${DOCUMENT}`)).toHaveAccessibleDescription(new RegExp(message.slice(0, 40).replace(/[()]/g, '\\$&')));
    await expect(justificatif.getByText('Fichier joint')).toHaveCount(0);
  }
  await expectAccessible(page);

  expect(await testDb().storedFile.count({ where: { ownerId: user.id } })).toBe(0);
});

test('au-delà du quota de fichiers envoyés sans être joints, un nouvel envoi est refusé avec la raison en français', async ({ page }) => {
  const user = await createUser();
  // The default quota (UPLOAD_QUOTA_FILES): 50 files sent earlier and never joined to anything.
  for (let index = 0; index < 50; index += 1) await createStoredFile(testDb(), { ownerId: user.id });
  await signInAs(page, user);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await openIndividualDraft(page);
  const justificatif = page.getByRole('group', { name: DOCUMENT });

  const message = 'Vous avez déjà envoyé 50 fichiers qui ne sont joints à aucun dossier ni message (50 au plus).';
  await page.getByLabel(`Choisir un fichier : ${DOCUMENT}`).setInputFiles(fixturePath('attestation.pdf'));
  await expect(justificatif.getByRole('alert')).toContainText(`« attestation.pdf » : ${message}`);
  await expect(justificatif.getByText('Fichier joint')).toHaveCount(0);
  await expectAccessible(page);
  const response = await page.request.post('/api/fichiers', {
    headers: { Origin: new URL(page.url()).origin },
    multipart: { file: { name: 'a.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-') } },
  });
  expect(response.status()).toBe(429);
  expect(Number(response.headers()['retry-after'])).toBeGreaterThan(0);
  expect(await testDb().storedFile.count({ where: { ownerId: user.id } })).toBe(50);
});
