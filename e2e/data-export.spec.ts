import { readFile } from 'node:fs/promises';
import yauzl from 'yauzl';
import { testDb } from './support/database';
import { fixturePath, insertDossier, uploadFixture } from './support/dossiers';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { linkIn, waitForEmail } from './support/mail';
import { createProfileWithMembers, openSessionFor } from './support/profiles';

// « Télécharger mes données » (issue 19, item 1): I ask, the worker prepares the archive, an
// email says it is ready, I download the ZIP from « Mes données personnelles »: it holds my
// dossier in donnees.json and my file byte for byte. Nobody else can take it.

/** Every entry of a ZIP file, by name. */
async function unzip(file: string): Promise<Map<string, Buffer>> {
  const zipfile = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (error, opened) => (error ? reject(error) : resolve(opened))),
  );
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zipfile.on('entry', (entry: yauzl.Entry) => {
      zipfile.openReadStream(entry, async (error, stream) => {
        if (error) return reject(error);
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        entries.set(entry.fileName, Buffer.concat(chunks));
        zipfile.readEntry();
      });
    });
    zipfile.on('end', resolve);
    zipfile.on('error', reject);
    zipfile.readEntry();
  });
  return entries;
}

test('« Télécharger mes données » : le courriel arrive, l’archive contient mon dossier et mon fichier à l’identique, et personne d’autre ne peut la prendre', async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const applicant = await createUser({ firstName: 'Camille' });
  const page = await openSessionFor(browser, applicant);
  await page.goto('/mon-compte');
  const fileId = await uploadFixture(page, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: applicant.id, fileId });

  await page.goto('/mon-compte/donnees-personnelles');
  const section = page.getByRole('region', { name: 'Télécharger mes données' });
  await expect(section).toContainText('pendant 7 jours');
  await section.getByRole('button', { name: 'Télécharger mes données' }).click();
  await expect(page.getByText('Votre demande est enregistrée. Vous recevrez un courriel dès que l’archive de vos données sera prête.')).toBeVisible();
  await expect(section).toContainText(/En préparation/);
  await expectAccessible(page);

  const email = await waitForEmail(applicant.email, /Vos données sont prêtes/);
  await page.goto(linkIn(email, '/mon-compte/donnees-personnelles'));
  const archiveLink = page.getByRole('region', { name: 'Télécharger mes données' }).getByRole('link', { name: 'Télécharger l’archive' });
  await expect(archiveLink).toBeVisible();
  await expectAccessible(page);
  const downloading = page.waitForEvent('download');
  await archiveLink.click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^guichet-mes-donnees-\d{4}-\d{2}-\d{2}\.zip$/);
  const entries = await unzip(await download.path());

  const data = JSON.parse(entries.get('donnees.json')!.toString('utf8'));
  expect(data.compte).toMatchObject({ prenom: 'Camille', courriel: applicant.email });
  expect(data.dossiers).toHaveLength(1);
  expect(data.dossiers[0]).toMatchObject({
    numero: dossier.number,
    demarche: dossier.procedureTitle,
    reponses: [{ question: 'Nom du projet', reponse: 'Fête du moulin' }],
    justificatifs: [{ document: 'Relevé d’identité bancaire', nomDuFichier: 'attestation.pdf', fichier: `fichiers/${dossier.number}/attestation.pdf` }],
  });
  expect(entries.get(`fichiers/${dossier.number}/attestation.pdf`)?.equals(await readFile(fixturePath('attestation.pdf')))).toBe(true);

  // The same 404 for someone else as for an archive that does not exist; 401 without a session.
  const archiveUrl = (await archiveLink.getAttribute('href'))!;
  const stranger = await openSessionFor(browser, await createUser());
  const refused = await stranger.request.get(archiveUrl);
  const missing = await stranger.request.get('/api/archives/00000000-0000-4000-8000-000000000000');
  expect([refused.status(), missing.status()]).toEqual([404, 404]);
  expect(await refused.json()).toEqual(await missing.json());
  const anonymous = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  expect((await anonymous.request.get(archiveUrl)).status()).toBe(401);
  await anonymous.close();

  // Past its 7 days, even its owner gets the 404 (the worker's purge deletes it afterwards).
  await testDb().dataExport.updateMany({ where: { requesterId: applicant.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect((await page.request.get(archiveUrl)).status()).toBe(404);
});

test('l’archive d’une association : proposée à ses administrateurs, pas à un simple membre', async ({ browser }) => {
  const admin = await createUser({ firstName: 'Alix' });
  const member = await createUser({ firstName: 'Maël' });
  const { profileId } = await createProfileWithMembers([{ user: admin, isAdmin: true }, { user: member }]);

  const memberPage = await openSessionFor(browser, member);
  await memberPage.goto(`/mon-compte/profils/${profileId}/informations`);
  await expect(memberPage.getByRole('heading', { name: 'Votre rôle' })).toBeVisible();
  await expect(memberPage.getByRole('button', { name: 'Télécharger les données de l’association' })).toHaveCount(0);

  const adminPage = await openSessionFor(browser, admin);
  await adminPage.goto(`/mon-compte/profils/${profileId}/informations`);
  await adminPage.getByRole('button', { name: 'Télécharger les données de l’association' }).click();
  await expect(
    adminPage.getByText('Votre demande est enregistrée. Vous recevrez un courriel dès que l’archive des données de l’association sera prête.'),
  ).toBeVisible();
  await expectAccessible(adminPage);
  await waitForEmail(admin.email, /sont prêtes/);
});
