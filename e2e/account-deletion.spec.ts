import type { Browser, Page } from '@playwright/test';
import { createDossier } from '../test/factories/dossiers';
import { replayAction } from './support/actions';
import { createAgent, type TestAgent } from './support/agents';
import { testDb } from './support/database';
import { insertDossier, uploadFixture } from './support/dossiers';
import { createUser, GOOD_PASSWORD } from './support/factories';
import { expect, expectAccessible, signIn, test } from './support/fixtures';
import { waitForEmail } from './support/mail';
import { signInAs } from './support/sessions';

// « Supprimer mon compte » (issue 19, item 2): the page says what goes and what stays, the password
// confirms, the person can no longer sign in; the services still see the deposited dossier, with
// the name until its « Durée de conservation » ends, then anonymised.

async function agentPage(browser: Browser, agent: TestAgent): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  await signInAs(page, agent);
  return page;
}

test('une personne supprime son compte : elle ne peut plus se connecter, les services gardent son dossier déposé puis l’anonymisent', async ({
  page,
  browser,
}) => {
  // Two browsers and seven pages checked with axe: more than the default minute on a busy machine.
  test.slow();
  const applicant = await createUser({ firstName: 'Solène', lastName: 'Verdier' });
  await signIn(page, applicant.email, applicant.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  const fileId = await uploadFixture(page, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: applicant.id, fileId, status: 'EN_INSTRUCTION' });
  const draft = await createDossier(testDb(), { id: dossier.procedureId }, { applicantId: applicant.id, status: 'BROUILLON' });

  await page.getByRole('link', { name: /Mes données personnelles/ }).click();
  await page.getByRole('link', { name: 'Supprimer mon compte' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Supprimer mon compte' })).toBeVisible();
  // Before confirming: what is deleted now, what is kept and until when.
  await expect(page.getByText(`Vos brouillons, avec leurs justificatifs\u00a0: ${dossier.procedureTitle}.`)).toBeVisible();
  await expect(page.getByRole('listitem').filter({ hasText: `Dossier n° ${dossier.number}` })).toContainText(
    'sans décision pour l’instant, conservé 5 ans après la décision',
  );
  await expectAccessible(page);

  await page.getByLabel('Mot de passe du compte').fill('Pas-le-bon-42');
  await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
  await expect(page.getByText('Le mot de passe actuel est incorrect').first()).toBeVisible();
  await page.getByLabel('Mot de passe du compte').fill(GOOD_PASSWORD);
  await page.getByRole('button', { name: 'Supprimer définitivement mon compte' }).click();
  await expect(page.getByText('Votre compte est supprimé.')).toBeVisible();
  await expectAccessible(page);

  const email = await waitForEmail(applicant.email, /Votre compte Guichet a été supprimé/);
  expect(email.text).toContain('Votre brouillon a été supprimé avec ses justificatifs.');
  expect(email.text).toContain('Votre dossier déposé est conservé');
  expect(await testDb().dossier.count({ where: { id: draft.id } })).toBe(0);

  // I can no longer sign in, and the session I had is over.
  await page.goto('/mon-compte');
  await expect(page).toHaveURL(/\/connexion/);
  await signIn(page, applicant.email, GOOD_PASSWORD);
  await expect(page.getByText('Courriel ou mot de passe incorrect.')).toBeVisible();

  // The services still see the deposited dossier, with the applicant's name (legal duty).
  const admin = await createAgent({ role: 'ADMIN', firstName: 'Inès' });
  const agent = await agentPage(browser, admin);
  await agent.goto(`/instruction/dossiers/${dossier.id}`);
  await expect(agent.getByRole('heading', { name: 'Demandeur' })).toBeVisible();
  await expect(agent.locator('#demandeur').locator('..')).toContainText('Solène Verdier');
  await expect(agent.locator('#demandeur').locator('..')).toContainText('Compte supprimé le');
  await expect(agent.locator('#demandeur').locator('..')).not.toContainText(applicant.email);

  // Decided six years ago: its « Durée de conservation » (5 years by default) has ended.
  await testDb().dossier.update({ where: { id: dossier.id }, data: { status: 'ACCEPTE', decidedAt: new Date(Date.now() - 6 * 365 * 86_400_000) } });
  await agent.goto('/instruction/conservation');
  await expect(agent.getByRole('heading', { level: 1, name: 'Durées de conservation' })).toBeVisible();
  await expect(agent.getByRole('row').filter({ hasText: `n° ${dossier.number}` })).toContainText('5 ans après la décision');
  await expectAccessible(agent);
  await agent.getByRole('button', { name: 'Appliquer les durées de conservation maintenant' }).click();
  await expect(agent.getByText('Les durées de conservation ont été appliquées.')).toBeVisible();
  await expect(agent.getByRole('row').filter({ hasText: `n° ${dossier.number}` })).toHaveCount(0);

  await agent.goto(`/instruction/dossiers/${dossier.id}`);
  await expect(agent.getByText(/Dossier anonymisé le/)).toBeVisible();
  await expect(agent.getByText('Demandeur anonymisé').first()).toBeVisible();
  // Nothing left to act on: no status step, no document to send.
  await expect(agent.getByText('Ce dossier est anonymisé\u00a0: plus aucune action n’est possible.')).toBeVisible();
  await expect(agent.getByRole('button', { name: 'Repasser en instruction' })).toHaveCount(0);
  await expect(agent.getByRole('heading', { name: 'Envoyer un document' })).toHaveCount(0);
  await expect(agent.locator('main')).not.toContainText('Solène');
  await expect(agent.locator('main')).not.toContainText('Verdier');
  await expect(agent.locator('main')).not.toContainText(applicant.email);
  await expectAccessible(agent);
  expect(await testDb().storedFile.count({ where: { id: fileId } })).toBe(0);
  expect(await testDb().user.findUniqueOrThrow({ where: { id: applicant.id }, select: { firstName: true, lastName: true } })).toEqual({
    firstName: 'Compte',
    lastName: 'supprimé',
  });
});

test('« Conservation » : un instructeur ne voit que les dossiers de ses démarches, et seul un administrateur applique les durées', async ({
  page,
  browser,
}) => {
  const applicant = await createUser({ firstName: 'Marius' });
  await signIn(page, applicant.email, applicant.password);
  await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
  const mine = await insertDossier({ applicantId: applicant.id, fileId: await uploadFixture(page, 'attestation.pdf') });
  const other = await insertDossier({ applicantId: applicant.id, fileId: await uploadFixture(page, 'attestation.pdf') });
  const longAgo = new Date(Date.now() - 6 * 365 * 86_400_000);
  await testDb().dossier.updateMany({ where: { id: { in: [mine.id, other.id] } }, data: { status: 'REFUSE', decidedAt: longAgo } });

  const instructeur = await agentPage(browser, await createAgent({ procedures: [mine.procedureId] }));
  await instructeur.goto('/instruction/conservation');
  await expect(instructeur.getByRole('row').filter({ hasText: `n° ${mine.number}` })).toBeVisible();
  await expect(instructeur.getByRole('row').filter({ hasText: `n° ${other.number}` })).toHaveCount(0);
  await expect(instructeur.getByRole('button', { name: 'Appliquer les durées de conservation maintenant' })).toHaveCount(0);
  await expectAccessible(instructeur);

  // The action replayed by hand: refused to the instructeur and to the applicant, nothing anonymised.
  for (const intruder of [instructeur, page]) {
    const response = await replayAction(intruder, {
      file: 'app/instruction/conservation/actions.ts',
      name: 'runRetentionNowAction',
      path: '/instruction/conservation',
      fields: {},
    });
    expect(response.status()).toBe(403);
  }
  expect(await testDb().dossier.count({ where: { id: { in: [mine.id, other.id] }, anonymizedAt: { not: null } } })).toBe(0);
});
