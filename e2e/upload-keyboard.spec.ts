import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { HTML_PAGE } from './fixtures/files/bad-file-corpus';
import { fixturePath, insertDossier, uploadFixture } from './support/dossiers';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { focused, tabTo } from './support/keyboard';
import { insertProcedure } from './support/procedures';
import { signInAs } from './support/sessions';

// The file field with the keyboard alone (no mouse): Tab to the field, Space or Enter opens the
// browser's file chooser, and focus stays on the field while the file is sent, so the person
// hears the start and the end of the upload and goes on from where they were.

/** Opens the browser's file chooser from the focused file input with a key, then picks the files. */
async function chooseWithKey(page: Page, key: 'Space' | 'Enter', files: string | string[] | { name: string; mimeType: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press(key);
  await (await chooser).setFiles(files);
}

const RIB = 'Relevé d’identité bancaire';
const DOMICILE = 'Justificatif de domicile';

test('au clavier seul : deux justificatifs joints au brouillon, le focus reste sur le champ, chaque envoi est annoncé, puis « Déposer »', async ({ page }) => {
  const user = await createUser();
  const procedure = await insertProcedure({
    title: `Aide individuelle ${randomUUID().slice(0, 6)}`,
    audience: 'PARTICULIER',
    processingTime: 6,
    processingTimeUnit: 'WEEKS',
    documents: [
      { id: 'rib', label: RIB, required: true, help: 'Au nom du demandeur.' },
      { id: 'domicile', label: DOMICILE, required: true },
    ],
  });
  await signInAs(page, user);
  // From the démarche's page: its first « Déposer une demande » creates the draft at once.
  await page.goto(`/demarches/${procedure.slug}`);
  await expect(page.getByText('Délai indicatif de traitement : 6 semaines').first()).toBeVisible();
  await tabTo(page, page.getByRole('button', { name: 'Déposer une demande' }).first());
  await expect(focused(page)).toHaveText('Déposer une demande');
  await page.keyboard.press('Enter');
  // The new draft: focus on its heading, from where Tab goes through the form.
  await expect(page.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeFocused();

  const rib = page.getByRole('group', { name: RIB });
  const domicile = page.getByRole('group', { name: DOMICILE });
  const ribInput = rib.locator('input[type="file"]');
  const domicileInput = domicile.locator('input[type="file"]');
  // The formats and the limit are said once, before choosing, and read with each field.
  await expect(page.getByText('Formats acceptés', { exact: false })).toHaveCount(1);
  await expect(page.getByText('Formats acceptés : PDF ou image (PNG, JPEG, WebP), 20 Mo au plus.')).toBeVisible();
  await expect(ribInput).toHaveAccessibleName(`Choisir un fichier : ${RIB}`);
  await expect(ribInput).toHaveAccessibleDescription(/Au nom du demandeur\..*20 Mo au plus/);
  await expect(domicileInput).toHaveAccessibleDescription(/20 Mo au plus/);

  // « Déposer » with nothing joined: « Joignez … » beside each justificatif.
  await tabTo(page, page.getByRole('button', { name: 'Déposer' }));
  await page.keyboard.press('Enter');
  // Refused: focus goes to the error summary, an alert; its link takes focus to the field.
  const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' });
  await expect(summary).toBeFocused();
  await expect(rib).toContainText(`Joignez « ${RIB} »`);
  await expect(domicile).toContainText(`Joignez « ${DOMICILE} »`);
  await tabTo(page, summary.getByRole('link', { name: 'Renseignez « Nom du projet »' }));
  await page.keyboard.press('Enter');
  await expect(page.getByLabel('Nom du projet', { exact: true })).toBeFocused();
  await page.keyboard.type('Permis de conduire');

  // A slow network: during the upload, focus stays on the field and the stale error is gone.
  await page.route('**/api/fichiers', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.continue();
  });
  await tabTo(page, ribInput);
  await chooseWithKey(page, 'Space', fixturePath('attestation.pdf'));
  await expect(rib.getByRole('progressbar')).toBeVisible();
  await expect(rib.getByRole('status')).toHaveText('Envoi de « attestation.pdf » en cours…');
  await expect(rib).not.toContainText('Joignez');
  await expect(ribInput).toBeFocused();
  await expect(ribInput).toHaveAttribute('aria-disabled', 'true');
  await expect(rib.getByRole('status')).toHaveText(/^«\sattestation\.pdf\s» est joint \(\d+(,\d)? (o|ko|Mo)\)\.$/);
  await expect(rib.getByText(/Fichier joint\s+attestation\.pdf/)).toBeVisible();
  await expect(ribInput).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('INPUT');
  await expect(ribInput).toHaveAccessibleName(`Remplacer le fichier : ${RIB}`);
  await expect(rib).not.toContainText('Joignez');
  await page.unroute('**/api/fichiers');

  // Enter opens the chooser too; a refused file is named in the alert, the joined one is kept.
  await tabTo(page, domicileInput);
  await chooseWithKey(page, 'Enter', { name: 'facture.pdf', mimeType: 'application/pdf', buffer: Buffer.from(HTML_PAGE) });
  await expect(domicile.getByRole('alert')).toContainText('« facture.pdf » : Seuls les formats PDF et image (PNG, JPEG, WebP) sont autorisés');
  await expect(domicileInput).toBeFocused();
  await expect(domicileInput).toHaveAccessibleDescription(/«\sfacture\.pdf\s»\s: Seuls les formats/);
  await chooseWithKey(page, 'Enter', fixturePath('plan.png'));
  await expect(domicile.getByRole('status')).toHaveText(/^«\splan\.png\s» est joint/);
  await expect(domicile.getByRole('alert')).toHaveText('');
  await expect(domicile.getByText(/Fichier joint\s+plan\.png/)).toBeVisible();
  await expect(domicileInput).toBeFocused();
  await expectAccessible(page);

  // Phones: nothing scrolls sideways at 320 px.
  await page.setViewportSize({ width: 320, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'pas de défilement horizontal à 320 px').toBeLessThanOrEqual(0);
  await page.setViewportSize({ width: 1280, height: 800 });

  await tabTo(page, page.getByRole('button', { name: 'Déposer' }));
  await page.keyboard.press('Enter');
  // « Et maintenant ? »: focus on the confirmation's heading, then Tab goes on to the next steps' links.
  const confirmation = page.getByRole('heading', { level: 1, name: 'Votre demande a été déposée' });
  await expect(confirmation).toBeFocused();
  await expect(page.getByText(/Dossier n°\s\d{4}-\d{6}/)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Et maintenant ?' })).toBeVisible();
  await expect(page.getByText('Délai indicatif de traitement : 6 semaines à compter du dépôt.')).toBeVisible();
  await expectAccessible(page);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'pas de défilement horizontal à 375 px').toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(confirmation).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(focused(page)).toHaveText('Télécharger le récépissé de dépôt (PDF)');
  await tabTo(page, page.getByRole('link', { name: /^Voir mon dossier n°\s\d{4}-\d{6}$/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: /^Dossier n°\s\d{4}-\d{6} — Aide individuelle/ })).toBeVisible();
});

test('« Échanges » au clavier seul : « Retirer » une pièce jointe rend le focus à « Choisir un fichier »', async ({ page }) => {
  const applicant = await createUser();
  await signInAs(page, applicant);
  const fileId = await uploadFixture(page, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: applicant.id, fileId });
  await page.goto(`/mon-compte/dossiers/${dossier.id}/echanges`);

  const attachments = page.getByRole('group', { name: 'Pièces jointes (facultatif)' });
  const input = page.getByLabel('Choisir un fichier');
  await expect(attachments.getByText('PDF ou image (PNG, JPEG, WebP), 20 Mo au plus.')).toBeVisible();
  await tabTo(page, page.getByLabel('Votre message'));
  await page.keyboard.type('Voici le devis.');
  await tabTo(page, input);
  await chooseWithKey(page, 'Space', [fixturePath('plan.png'), fixturePath('scan.webp')]);
  await expect(attachments.getByText(/Fichier joint\s+plan\.png/)).toBeVisible();
  await expect(attachments.getByText(/Fichier joint\s+scan\.webp/)).toBeVisible();
  await expect(attachments.getByRole('status')).toHaveText(/^«\sscan\.webp\s» est joint/);
  await expect(input).toBeFocused();

  await tabTo(page, attachments.getByRole('button', { name: 'Retirer « plan.png »' }));
  await page.keyboard.press('Enter');
  await expect(attachments.getByText(/Fichier joint\s+plan\.png/)).toHaveCount(0);
  await expect(attachments.getByRole('status')).toHaveText('« plan.png » est retiré.');
  await expect(input).toBeFocused();
  await expectAccessible(page);

  await tabTo(page, page.getByRole('button', { name: 'Envoyer le message' }));
  await page.keyboard.press('Enter');
  await expect(page.getByText('Votre message a été envoyé aux services du Département.')).toBeVisible();
  const message = page.getByRole('listitem').filter({ hasText: 'Voici le devis.' });
  await expect(message.getByRole('link', { name: 'scan.webp' })).toBeVisible();
  await expect(message.getByRole('link', { name: 'plan.png' })).toHaveCount(0);
});
