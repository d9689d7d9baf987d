import type { Locator, Page } from '@playwright/test';
import { createStoredFile } from '../test/factories/files';
import { createProfileDocument } from '../test/factories/profiles';
import { createAgent } from './support/agents';
import { testDb } from './support/database';
import { insertDossier, issueDocumentTo, rejectAttachment, uploadFixture } from './support/dossiers';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { insertProcedure } from './support/procedures';
import { createProfileWithMembers } from './support/profiles';
import { signInAs } from './support/sessions';

// Every page of the applicant's journeys on the narrowest phone (320 px, WCAG reflow): no sideways
// scrolling, and the key action of each list within the screen.

const PHONE = { width: 320, height: 720 };

async function expectFitsThePhone(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('h1')).toHaveCount(1);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${path} : pas de défilement horizontal à ${PHONE.width} px`).toBeLessThanOrEqual(0);
  await expectAccessible(page);
}

async function expectOnScreen(action: Locator) {
  await expect(action).toBeVisible();
  const box = await action.boundingBox();
  expect(box, 'l’action est affichée').not.toBeNull();
  expect(box!.x, 'l’action commence dans l’écran').toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width, 'l’action finit dans l’écran').toBeLessThanOrEqual(PHONE.width);
}

test('à 320 px, les pages de l’usager tiennent dans l’écran et l’action de chaque liste est visible', async ({ page }) => {
  const applicant = await createUser();
  const agent = await createAgent();
  const { profileId } = await createProfileWithMembers([{ user: applicant, isAdmin: true, fn: 'PRESIDENT' }]);
  await signInAs(page, applicant);
  const dossier = await insertDossier({ applicantId: applicant.id, profileId, fileId: await uploadFixture(page, 'attestation.pdf'), status: 'EN_INSTRUCTION' });
  await rejectAttachment(dossier.attachmentId, agent.id, 'Le document est illisible : envoyez une copie nette.');
  await issueDocumentTo(
    applicant.id,
    agent.id,
    await uploadFixture(page, 'attestation.pdf'),
    'Notification d’attribution de la subvention départementale',
    dossier.id,
  );
  const statutes = await createStoredFile(testDb(), {
    ownerId: applicant.id,
    name: 'statuts-de-l-association-modifies-en-assemblee-generale-extraordinaire.pdf',
    attached: true,
  });
  await createProfileDocument(testDb(), { profileId, fileId: statutes.id, addedById: applicant.id, type: 'STATUTS' });
  const procedure = await insertProcedure({ title: 'Aide départementale à l’équipement numérique des associations sportives' });
  await page.setViewportSize(PHONE);

  await expectFitsThePhone(page, '/mon-compte');
  await expectFitsThePhone(page, '/mon-compte/dossiers');
  await expectOnScreen(page.getByRole('link', { name: `Visualiser le dossier ${dossier.number}` }));
  for (const tab of ['', '/justificatifs', '/echanges', '/historique']) await expectFitsThePhone(page, `/mon-compte/dossiers/${dossier.id}${tab}`);
  await expectFitsThePhone(page, '/mon-compte/documents-recus');
  await expectOnScreen(page.getByRole('link', { name: /^Télécharger «\sNotification d’attribution/ }));
  await expectFitsThePhone(page, '/mon-compte/profils');
  for (const tab of ['', '/composition', '/documents', '/dossiers']) await expectFitsThePhone(page, `/mon-compte/profils/${profileId}${tab}`);
  await expectFitsThePhone(page, '/mon-compte/donnees-personnelles');
  await expectFitsThePhone(page, '/mon-compte/profils/ajouter');
  await expectFitsThePhone(page, '/demarches');
  await expectFitsThePhone(page, `/demarches/${procedure.slug}`);
  await expectFitsThePhone(page, `/demarches/${procedure.slug}/deposer`);
});

test('à 320 px, les listes de l’instruction tiennent dans l’écran', async ({ page }) => {
  const admin = await createAgent({ role: 'ADMIN' });
  await insertProcedure({ title: 'Aide départementale à l’équipement numérique des associations sportives' });
  await signInAs(page, admin);
  await page.setViewportSize(PHONE);
  for (const path of ['/instruction', '/instruction/agents', '/instruction/journal', '/instruction/statistiques', '/instruction/demarches']) {
    await expectFitsThePhone(page, path);
  }
  await expectOnScreen(page.getByRole('link', { name: /^Modifier «\sAide départementale à l’équipement numérique/ }).first());
  await expectFitsThePhone(page, '/instruction/conservation');
});

test('à 320 px, « Supprimer mon compte » tient dans l’écran', async ({ page }) => {
  const applicant = await createUser();
  await signInAs(page, applicant);
  await insertDossier({ applicantId: applicant.id, fileId: await uploadFixture(page, 'attestation.pdf') });
  await page.setViewportSize(PHONE);
  await expectFitsThePhone(page, '/mon-compte/donnees-personnelles/supprimer-mon-compte');
  await expectOnScreen(page.getByRole('button', { name: 'Supprimer définitivement mon compte' }));
});
