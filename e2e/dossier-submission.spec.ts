import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { HTML_PAGE } from './fixtures/files/bad-file-corpus';
import { fixturePath } from './fixtures/files/corpus';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { signInAs } from './support/sessions';
import { waitForEmail } from './support/mail';
import { insertProcedure } from './support/procedures';
import { createProfileWithMembers, openSessionFor } from './support/profiles';

// « Déposer une demande », as the guide describes it: choose for whom, fill the form, join each
// justificatif with « Choisir un fichier » (PDF and images only), « Déposer »; then the
// confirmation, its number and the email with the receipt.

const SUBVENTION = { slug: 'subvention-fonctionnement-associations', title: 'Subvention de fonctionnement aux associations' };

function justificatif(page: Page, label: string) {
  return page.getByRole('group', { name: label });
}

async function chooseFile(page: Page, documentLabel: string, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.getByLabel(`Choisir un fichier : ${documentLabel}`).setInputFiles(typeof file === 'string' ? fixturePath(file) : file);
}

async function expectJoined(page: Page, documentLabel: string, fileName: string) {
  // « Fichier joint » then the name (the live region also names the file).
  await expect(justificatif(page, documentLabel).getByText(new RegExp(`Fichier joint\\s+${fileName.replace(/\./g, '\\.')}`))).toBeVisible();
}

test('une association dépose une demande avec ses justificatifs, reçoit son numéro et le courriel avec le récépissé', { tag: '@postgresql' }, async ({
  page,
}) => {
  const user = await createUser();
  const profile = await createProfileWithMembers([{ user, isAdmin: true, fn: 'PRESIDENT' }]);
  // A second association: « Pour qui ? » is then a real choice.
  await createProfileWithMembers([{ user, fn: 'MEMBRE' }]);
  await signInAs(page, user);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();

  await page.goto(`/demarches/${SUBVENTION.slug}`);
  await page.getByRole('link', { name: 'Déposer une demande' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Déposer une demande' })).toBeVisible();
  await expectAccessible(page);
  // « Pour qui ? » without a choice: refused next to the question.
  await page.getByRole('button', { name: 'Commencer la demande' }).click();
  await expect(page.getByRole('group', { name: 'Pour qui ?' })).toContainText('Choisissez le profil');
  await expectAccessible(page);
  await page.getByRole('radio', { name: profile.name }).check();
  await page.getByRole('button', { name: 'Commencer la demande' }).click();

  await expect(page).toHaveURL(/\/mon-compte\/dossiers\/[0-9a-f-]{36}\/modifier$/);
  const draftUrl = page.url();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeVisible();
  await expect(page.getByText(profile.name)).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel('Numéro RNA', { exact: true }).fill('W751234567');
  await page.getByLabel('Nombre d’adhérents', { exact: true }).fill('42');
  await page.getByLabel('Budget annuel de l’association', { exact: true }).fill('12000');
  await page.getByLabel('Montant demandé', { exact: true }).fill('2500');
  await page.getByLabel('Activités prévues pour l’année', { exact: true }).fill('Ateliers de couture et fête de quartier.');
  await page
    .getByRole('group', { name: 'L’association a-t-elle reçu une subvention du Département l’an dernier ?' })
    .getByRole('radio', { name: 'Non' })
    .check();
  await expect(page.getByRole('status').filter({ hasText: /Brouillon enregistré à \d{2}\sh\s\d{2}/ })).toBeVisible();

  // A slow network: the progress bar of the file being sent is visible.
  await page.route('**/api/fichiers', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  });
  await chooseFile(page, 'Statuts de l’association, datés et signés', 'attestation.pdf');
  await expect(justificatif(page, 'Statuts de l’association, datés et signés').getByRole('progressbar')).toBeVisible();
  await expectAccessible(page);
  await expectJoined(page, 'Statuts de l’association, datés et signés', 'attestation.pdf');
  await page.unroute('**/api/fichiers');

  // An HTML page renamed .pdf: refused next to its input, nothing else lost.
  await chooseFile(page, 'Compte rendu de la dernière assemblée générale', {
    name: 'page-html.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from(HTML_PAGE),
  });
  await expect(justificatif(page, 'Compte rendu de la dernière assemblée générale')).toContainText(
    'Seuls les formats PDF et image (PNG, JPEG, WebP) sont autorisés',
  );
  await expect(page.getByLabel('Numéro RNA', { exact: true })).toHaveValue('W751234567');
  await expectJoined(page, 'Statuts de l’association, datés et signés', 'attestation.pdf');
  await expectAccessible(page);

  await chooseFile(page, 'Compte rendu de la dernière assemblée générale', 'plan.png');
  await expectJoined(page, 'Compte rendu de la dernière assemblée générale', 'plan.png');
  await chooseFile(page, 'Budget prévisionnel', 'scan.webp');
  await expectJoined(page, 'Budget prévisionnel', 'scan.webp');
  await chooseFile(page, 'Relevé d’identité bancaire (RIB) au nom de l’association', 'photo-gps.jpg');
  await expectJoined(page, 'Relevé d’identité bancaire (RIB) au nom de l’association', 'photo-gps.jpg');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Brouillon enregistré à/ })).toBeVisible();

  // Someone else cannot open this draft.
  const intruder = await createUser();
  const other = await openSessionFor(page.context().browser()!, intruder);
  const response = await other.goto(draftUrl);
  expect(response?.status()).toBe(404);
  await other.context().close();

  // Leave, come back from « Mes dossiers »: the draft is resumed.
  await page.goto('/');
  await page.getByRole('link', { name: 'Mon compte' }).click();
  await page.getByRole('link', { name: /Mes dossiers/ }).click();
  const draftRow = page.getByRole('row').filter({ hasText: SUBVENTION.title });
  await expect(draftRow.getByText('Brouillon').first()).toBeVisible();
  await expectAccessible(page);
  await draftRow.getByRole('link', { name: /Reprendre le brouillon/ }).click();
  await expect(page).toHaveURL(draftUrl);
  await expect(page.getByLabel('Numéro RNA', { exact: true })).toHaveValue('W751234567');
  await expect(page.getByLabel('Activités prévues pour l’année', { exact: true })).toHaveValue('Ateliers de couture et fête de quartier.');
  await expectJoined(page, 'Budget prévisionnel', 'scan.webp');
  await expectAccessible(page);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'pas de défilement horizontal à 375 px').toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath('brouillon-375.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('button', { name: 'Déposer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Votre demande a été déposée' })).toBeVisible();
  const numberText = await page.getByText(/Dossier n°\s\d{4}-\d{6}/).textContent();
  const number = numberText!.match(/\d{4}-\d{6}/)![0];
  await expect(page.getByText(`Un courriel de confirmation vous est envoyé à ${user.email}`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Mes dossiers' })).toHaveAttribute('href', '/mon-compte/dossiers');
  const receiptHref = await page.getByRole('link', { name: /Télécharger le récépissé de dépôt/ }).getAttribute('href');
  expect(receiptHref).toMatch(/^\/api\/fichiers\/[0-9a-f-]{36}$/);
  const receipt = await page.request.get(receiptHref!);
  expect(receipt.status()).toBe(200);
  expect(receipt.headers()['content-type']).toContain('application/pdf');
  expect((await receipt.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await expectAccessible(page);

  const email = await waitForEmail(user.email, new RegExp(`Dossier n° ${number} : votre demande a été déposée`));
  expect(email.text).toContain(SUBVENTION.title);
  expect(email.text).toMatch(/\/mon-compte\/dossiers\/[0-9a-f-]{36}/);
  expect(email.attachments).toEqual([
    expect.objectContaining({ filename: `recepisse-${number}.pdf`, contentType: 'application/pdf', startsWith: expect.stringMatching(/^%PDF-/) }),
  ]);

  // The draft page of a deposited dossier leads to the dossier, not to its form.
  await page.goto(draftUrl);
  await expect(page).not.toHaveURL(/modifier$/);
});

test('un particulier dépose en son nom ; le serveur refuse une demande incomplète en gardant les réponses', async ({ page }) => {
  const user = await createUser();
  const procedure = await insertProcedure({ title: `Aide individuelle ${randomUUID().slice(0, 6)}`, audience: 'PARTICULIER' });
  await signInAs(page, user);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();

  // Nothing to choose for a particulier: « Déposer une demande » creates the draft.
  await page.goto(`/demarches/${procedure.slug}`);
  await expect(page.getByText(`Vous faites cette demande en votre nom : ${user.firstName} ${user.lastName}`).first()).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Déposer une demande' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeVisible();

  // Nothing filled, nothing joined: every check is the server's.
  await page.getByRole('button', { name: 'Déposer' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' });
  await expect(summary).toContainText('Renseignez « Nom du projet »');
  await expect(summary).toContainText('Joignez « Relevé d’identité bancaire »');
  await expect(justificatif(page, 'Relevé d’identité bancaire')).toContainText('Joignez « Relevé d’identité bancaire »');
  await expectAccessible(page);

  await page.getByLabel('Nom du projet', { exact: true }).fill('Permis de conduire');
  // Answered, its error goes at once, not at the next « Déposer ».
  await expect(page.getByLabel('Nom du projet', { exact: true })).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).not.toContainText('Nom du projet');
  await expect(summary).toContainText('Joignez « Relevé d’identité bancaire »');
  await page.getByRole('button', { name: 'Déposer' }).click();
  await expect(summary).toContainText('Joignez « Relevé d’identité bancaire »');
  await expect(summary).not.toContainText('Nom du projet');
  await expect(page.getByLabel('Nom du projet', { exact: true })).toHaveValue('Permis de conduire');

  await chooseFile(page, 'Relevé d’identité bancaire', 'attestation.pdf');
  await expectJoined(page, 'Relevé d’identité bancaire', 'attestation.pdf');
  await page.getByRole('button', { name: 'Déposer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Votre demande a été déposée' })).toBeVisible();
  await expect(page.getByText(/Dossier n°\s\d{4}-\d{6}/)).toBeVisible();
  await expectAccessible(page);
  await waitForEmail(user.email, /Dossier n° \d{4}-\d{6}\s: votre demande a été déposée/);
});

test('sans profil, une démarche pour les associations propose « Ajouter ou rejoindre un profil » ; un visiteur est invité à se connecter', async ({ page }) => {
  await page.goto(`/demarches/${SUBVENTION.slug}`);
  await expect(page.getByRole('link', { name: 'Se connecter pour déposer une demande' }).first()).toHaveAttribute(
    'href',
    `/connexion?retour=${encodeURIComponent(`/demarches/${SUBVENTION.slug}/deposer`)}`,
  );

  const user = await createUser();
  await signInAs(page, user);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await page.goto(`/demarches/${SUBVENTION.slug}/deposer`);
  await expect(page.getByRole('link', { name: 'Ajouter ou rejoindre un profil' })).toHaveAttribute('href', '/mon-compte/profils/ajouter');
  await expect(page.getByRole('button', { name: 'Commencer la demande' })).toHaveCount(0);
  await expectAccessible(page);
});

test('« Supprimer le brouillon » demande confirmation puis supprime le brouillon', async ({ page }) => {
  const user = await createUser();
  const procedure = await insertProcedure({ title: `Aide individuelle ${randomUUID().slice(0, 6)}`, audience: 'PARTICULIER' });
  await signInAs(page, user);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  await page.goto(`/demarches/${procedure.slug}/deposer`);
  await page.getByRole('button', { name: 'Commencer la demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeVisible();
  const draftUrl = page.url();

  await page.getByRole('link', { name: 'Supprimer le brouillon' }).click();
  await expect(page.getByText('Supprimer ce brouillon ?')).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Supprimer le brouillon' }).click();
  await expect(page).toHaveURL(/\/mon-compte\/dossiers$/);
  const response = await page.goto(draftUrl);
  expect(response?.status()).toBe(404);
});

test('sans JavaScript, le brouillon s’enregistre et le dépôt est vérifié par le serveur', async ({ browser }) => {
  const user = await createUser();
  const procedure = await insertProcedure({ title: `Aide individuelle ${randomUUID().slice(0, 6)}`, audience: 'PARTICULIER' });
  const page = await openSessionFor(browser, user, { javaScriptEnabled: false });
  await page.goto(`/demarches/${procedure.slug}/deposer`);
  await page.getByRole('button', { name: 'Commencer la demande' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeVisible();
  const draftUrl = page.url();

  await page.getByLabel('Nom du projet', { exact: true }).fill('Sans script');
  await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
  await expect(page.getByLabel('Nom du projet', { exact: true })).toHaveValue('Sans script');
  await page.goto(draftUrl);
  await expect(page.getByLabel('Nom du projet', { exact: true })).toHaveValue('Sans script');

  await page.getByRole('button', { name: 'Déposer' }).click();
  await expect(page.getByText('Il y a un problème')).toBeVisible();
  await expect(page.getByText('Joignez « Relevé d’identité bancaire »').first()).toBeVisible();
  await expect(page.getByLabel('Nom du projet', { exact: true })).toHaveValue('Sans script');
  // No axe here: it runs as a script in the page, which this context forbids (the same page states are checked with JavaScript above).
  await page.context().close();
});
