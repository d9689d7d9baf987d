import { createAgent } from './support/agents';
import { insertDossier, issueDocumentTo, openIndividualDraft, rejectAttachment, requestComplementAsServices, uploadFixture } from './support/dossiers';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { signInAs } from './support/sessions';

// « Mon compte » says what waits for the person, each with a direct link: compléments requested,
// a rejected justificatif, a new document, a draft not deposited.

test('« Mon compte » → « À faire » lists what waits, and each link leads to it', async ({ page }) => {
  const applicant = await createUser();
  const agent = await createAgent();
  await signInAs(page, applicant);
  const todo = page.getByRole('region', { name: 'À faire' });
  await expect(todo).toContainText('Rien à faire pour le moment');
  await expect(page.getByRole('heading', { level: 2, name: 'Mes dossiers récents' })).toHaveCount(0);

  const asked = await insertDossier({ applicantId: applicant.id, fileId: await uploadFixture(page, 'attestation.pdf'), status: 'EN_INSTRUCTION' });
  await requestComplementAsServices(asked.id, agent.id, 'Merci de préciser le nom exact du projet.');
  const rejected = await insertDossier({ applicantId: applicant.id, fileId: await uploadFixture(page, 'attestation.pdf'), status: 'EN_INSTRUCTION' });
  await rejectAttachment(rejected.attachmentId, agent.id, 'Le RIB est illisible.');
  await issueDocumentTo(applicant.id, agent.id, await uploadFixture(page, 'attestation.pdf'), 'Notification de subvention', rejected.id);
  await openIndividualDraft(page);

  await page.goto('/mon-compte');
  await expect(todo.getByRole('link')).toHaveCount(4);
  await expectAccessible(page);
  await page.setViewportSize({ width: 375, height: 800 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth), 'pas de défilement horizontal à 375 px').toBeLessThanOrEqual(0);
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await todo.getByRole('link', { name: `Répondre à la demande de compléments du dossier n° ${asked.number}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Des informations complémentaires sont demandées' })).toContainText('Merci de préciser');

  await page.goto('/mon-compte');
  await todo.getByRole('link', { name: `Remplacer le justificatif rejeté « Relevé d’identité bancaire » du dossier n° ${rejected.number}` }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Justificatifs' })).toBeVisible();
  await expect(page.getByText('Le RIB est illisible.')).toBeVisible();

  await page.goto('/mon-compte');
  await todo.getByRole('link', { name: 'Lire le nouveau document « Notification de subvention »' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mes documents reçus' })).toBeVisible();

  await page.goto('/mon-compte');
  await todo.getByRole('link', { name: /^Terminer et déposer votre demande «\sAide individuelle/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ma demande' })).toBeVisible();

  await page.goto('/mon-compte');
  const recent = page.getByRole('region', { name: 'Mes dossiers récents' });
  await expect(recent.getByRole('link', { name: new RegExp(`Dossier n° ${asked.number}`) })).toBeVisible();
  await expect(recent).toContainText('Complément demandé');

  // Once signed in, the démarches stay one click away: the header, and a tile of « Mon espace ».
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: 'Toutes les démarches' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toutes les démarches' })).toBeVisible();
  await page.goto('/mon-compte');
  await page.getByRole('link', { name: /^Faire une démarche/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toutes les démarches' })).toBeVisible();
});

test('another person’s dossiers and documents never appear in « À faire »', async ({ page }) => {
  const owner = await createUser();
  const other = await createUser();
  const agent = await createAgent();
  await signInAs(page, owner);
  const dossier = await insertDossier({ applicantId: owner.id, fileId: await uploadFixture(page, 'attestation.pdf'), status: 'EN_INSTRUCTION' });
  await requestComplementAsServices(dossier.id, agent.id, 'Précisez.');
  await issueDocumentTo(owner.id, agent.id, await uploadFixture(page, 'attestation.pdf'), 'Courrier personnel');

  await signInAs(page, other);
  const todo = page.getByRole('region', { name: 'À faire' });
  await expect(todo).toContainText('Rien à faire pour le moment');
  await expect(page.getByText(dossier.number)).toHaveCount(0);
  await expect(page.getByText('Courrier personnel')).toHaveCount(0);
});
