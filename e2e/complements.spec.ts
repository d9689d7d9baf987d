import type { Browser, Page } from '@playwright/test';
import { complementDueAt, defaultComplementDueDay } from '../lib/dossiers/complement-due-date';
import { formatLongDate } from '../lib/format/date';
import { toParisDay } from '../lib/procedures/campaign-dates';
import { createAgent } from './support/agents';
import { testDb } from './support/database';
import { fixturePath, insertDossier, rejectAttachment, requestComplementAsServices, uploadFixture } from './support/dossiers';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { linkIn, waitForEmail } from './support/mail';
import { openSessionFor } from './support/profiles';
import { signInAs } from './support/sessions';

// Compléments with a rejected justificatif: the agent asks with a date to answer by, the email
// quotes the request and gives the date, the applicant sees the rejected document named with its
// motif, « Transmettre » is refused until it is replaced, then goes through. Once with the mouse
// (both sides), once with the keyboard alone (the applicant's side).

const RIB = 'Relevé d’identité bancaire';
const MOTIF = 'Le RIB est illisible : merci d’envoyer un scan net.';
const REPLACE_FIRST = `Remplacez le justificatif rejeté « ${RIB} » avant de transmettre votre réponse.`;

async function agentPage(browser: Browser, agent: Awaited<ReturnType<typeof createAgent>>): Promise<Page> {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  await signInAs(page, agent);
  return page;
}

function dossierTab(page: Page, name: string) {
  return page.getByRole('navigation', { name: 'Rubriques du dossier' }).getByRole('link', { name, exact: true });
}

function noSidewaysScroll(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

test('compléments demandés avec une date limite (délai de la démarche) : le courriel cite la demande et donne la date, le dossier nomme le justificatif rejeté et son motif', async ({
  browser,
}) => {
  const applicant = await createUser({ firstName: 'Camille' });
  const applicantPage = await openSessionFor(browser, applicant);
  const fileId = await uploadFixture(applicantPage, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: applicant.id, fileId, status: 'EN_INSTRUCTION' });
  const agent = await createAgent({ role: 'ADMIN', firstName: 'Karim', procedures: [dossier.procedureId] });
  await rejectAttachment(dossier.attachmentId, agent.id, MOTIF);
  const page = await agentPage(browser, agent);

  // The démarche's delay proposes the date.
  await page.goto(`/instruction/demarches/${dossier.procedureId}`);
  await page.getByLabel('Délai de réponse aux compléments (jours)').fill('0');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Saisissez un nombre entier de jours entre 1 et 365, ou laissez vide').first()).toBeVisible();
  await page.getByLabel('Délai de réponse aux compléments (jours)').fill('20');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Les informations de la démarche ont été enregistrées.')).toBeVisible();
  await expect(page.getByLabel('Délai de réponse aux compléments (jours)')).toHaveValue('20');

  await page.goto(`/instruction/dossiers/${dossier.id}`);
  await page.getByRole('region', { name: 'Actions' }).getByRole('link', { name: 'Demander des compléments' }).click();
  const panel = page.getByRole('group', { name: 'Demander des compléments au demandeur' });
  const dueField = panel.getByLabel('Date limite de réponse');
  await expect(dueField).toHaveValue(defaultComplementDueDay(20));
  await panel.getByLabel('Message au demandeur').fill('Merci de joindre un RIB lisible.\nEt de préciser le nom du projet.');
  await dueField.fill(toParisDay(new Date()));
  await panel.getByRole('button', { name: 'Confirmer la demande de compléments' }).click();
  await expect(dueField).toHaveAccessibleDescription(/La date limite de réponse doit être après aujourd’hui\./);
  await expectAccessible(page);
  const dueOn = defaultComplementDueDay(30);
  const dueDate = formatLongDate(complementDueAt(dueOn));
  await dueField.fill(dueOn);
  await panel.getByRole('button', { name: 'Confirmer la demande de compléments' }).click();
  await expect(page.getByText('La demande de compléments a été envoyée au demandeur.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Actions' })).toContainText(
    `En attente de la réponse du demandeur (« Transmettre »), demandée avant le ${dueDate}.`,
  );

  // The email quotes the request and gives the date.
  const email = await waitForEmail(applicant.email, /Des informations complémentaires sont demandées/);
  expect(email.text).toContain('Merci de joindre un RIB lisible.');
  expect(email.text).toContain('Et de préciser le nom du projet.');
  expect(email.text).toContain(`Merci de répondre avant le ${dueDate}.`);
  expect(email.html).toContain(`Merci de répondre avant le ${dueDate}.`);

  await applicantPage.goto(linkIn(email, `/mon-compte/dossiers/${dossier.id}`));

  const request = applicantPage.getByRole('status').filter({ hasText: 'Des informations complémentaires sont demandées' });
  await expect(request).toContainText('Merci de joindre un RIB lisible.');
  await expect(request).toContainText(`Merci de répondre avant le ${dueDate}.`);
  await expect(dossierTab(applicantPage, 'Justificatifs (1 à remplacer)')).toBeVisible();
  const rejected = applicantPage.getByRole('group', { name: RIB });
  await expect(rejected).toContainText('Rejeté');
  await expect(rejected).toContainText(`Motif du rejet : ${MOTIF}`);
  await expect(rejected.getByLabel(`Choisir un fichier : ${RIB}`)).toBeVisible();
  await expectAccessible(applicantPage);
});

test('« Transmettre » refusé tant que le justificatif rejeté n’est pas remplacé, puis accepté ; la date passée ne bloque rien ; chaque réponse affichée une fois', async ({
  page: applicantPage,
}) => {
  const applicant = await createUser();
  const agent = await createAgent();
  await signInAs(applicantPage, applicant);
  const fileId = await uploadFixture(applicantPage, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: applicant.id, fileId, status: 'EN_INSTRUCTION' });
  await rejectAttachment(dossier.attachmentId, agent.id, MOTIF);
  await requestComplementAsServices(dossier.id, agent.id, 'Merci de joindre un RIB lisible.');
  const dueDate = formatLongDate(complementDueAt(defaultComplementDueDay(15)));
  await testDb().dossier.update({ where: { id: dossier.id }, data: { complementDueAt: complementDueAt(defaultComplementDueDay(15)) } });

  // « Mon compte » → « À faire » gives the date and leads to the dossier.
  await applicantPage.goto('/mon-compte');
  const todo = applicantPage.getByRole('region', { name: 'À faire' });
  const task = todo.getByRole('listitem').filter({ hasText: `Répondre à la demande de compléments du dossier n° ${dossier.number}` });
  await expect(task).toContainText(`à transmettre avant le ${dueDate}`);
  await expectAccessible(applicantPage);
  await task.getByRole('link').click();
  const request = applicantPage.getByRole('status').filter({ hasText: 'Des informations complémentaires sont demandées' });
  await expect(request).toContainText(`Merci de répondre avant le ${dueDate}.`);
  const rejected = applicantPage.getByRole('group', { name: RIB });
  await expect(rejected).toContainText(`Motif du rejet : ${MOTIF}`);

  // Each answer once: in the prefilled form, not listed again below it.
  await expect(applicantPage.getByRole('heading', { name: 'Vos réponses' })).toHaveCount(0);
  await expect(applicantPage.getByLabel('Nom du projet')).toHaveValue('Fête du moulin');
  const answeringHeight = await applicantPage.evaluate(() => document.documentElement.scrollHeight);
  await expectAccessible(applicantPage);

  // Refused while the justificatif is « Rejeté »: said in the summary and next to the document.
  await applicantPage.getByLabel('Nom du projet').fill('Fête du moulin 2026');
  await applicantPage.getByRole('button', { name: 'Transmettre' }).click();
  const summary = applicantPage.getByRole('alert').filter({ hasText: 'Il y a un problème' });
  await expect(summary).toContainText(REPLACE_FIRST);
  await expect(summary).toBeFocused();
  await expect(rejected).toContainText(REPLACE_FIRST);
  await expect(applicantPage.locator('.dossier-meta')).toContainText('Complément demandé');
  await expect(applicantPage.getByLabel('Nom du projet')).toHaveValue('Fête du moulin 2026');
  await expectAccessible(applicantPage);

  // Phones: the answer form fits at 375 px.
  await applicantPage.setViewportSize({ width: 375, height: 800 });
  expect(await noSidewaysScroll(applicantPage), 'pas de défilement horizontal à 375 px').toBeLessThanOrEqual(0);
  await expectAccessible(applicantPage);
  await applicantPage.setViewportSize({ width: 1280, height: 800 });

  await rejected.getByLabel(`Choisir un fichier : ${RIB}`).setInputFiles(fixturePath('plan.png'));
  await expect(rejected.getByRole('status')).toHaveText(/^«\splan\.png\s» est joint/);
  await expect(rejected).toContainText('En attente de vérification');
  await expect(rejected).not.toContainText(REPLACE_FIRST);
  await expect(dossierTab(applicantPage, 'Justificatifs')).toBeVisible();

  // Past the date, nothing is blocked: the page says so, the answer still goes through.
  await testDb().dossier.update({ where: { id: dossier.id }, data: { complementDueAt: complementDueAt(toParisDay(new Date(Date.now() - 2 * 86_400_000))) } });
  await applicantPage.reload();
  await expect(request).toContainText(/La date limite de réponse, le .+, est passée\. Vous pouvez encore répondre/);
  await expect(applicantPage.getByRole('group', { name: RIB })).toHaveCount(0);
  await applicantPage.getByLabel('Nom du projet').fill('Fête du moulin 2026');
  await applicantPage.getByRole('button', { name: 'Transmettre' }).click();
  await expect(applicantPage.getByText('Votre réponse a été transmise')).toBeVisible();
  await expect(applicantPage.locator('.dossier-meta')).toContainText('En instruction');
  await expect(applicantPage.getByText('Des informations complémentaires sont demandées')).toHaveCount(0);
  const answers = applicantPage.getByRole('region', { name: 'Vos réponses' });
  await expect(answers).toContainText('Fête du moulin 2026');
  await expectAccessible(applicantPage);

  // The page height at 1280 px while answering, and the list that used to be shown below the form.
  const listHeight = await answers.evaluate((element) => element.getBoundingClientRect().height);
  const measured = `hauteur à 1280 px pendant la réponse : ${answeringHeight} px ; liste « Vos réponses » (plus affichée pendant la réponse) : ${Math.round(listHeight)} px`;
  test.info().annotations.push({ type: 'hauteur', description: measured });
  console.log(measured);

  expect(await testDb().attachment.count({ where: { dossierId: dossier.id, replacedById: null, review: 'EN_ATTENTE' } })).toBe(1);
});

/** Presses Tab until the target has focus, as a keyboard user does. */
async function tabTo(page: Page, target: ReturnType<Page['locator']>, maxPresses = 80): Promise<void> {
  for (let presses = 0; presses < maxPresses; presses += 1) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Not reached with ${maxPresses} presses of Tab: ${target}`);
}

test('compléments au clavier seul : le justificatif rejeté est remplacé, « Transmettre » refusé avant, accepté après ; focus et annonces à chaque étape', async ({
  page,
}) => {
  const applicant = await createUser();
  const agent = await createAgent();
  await signInAs(page, applicant);
  const fileId = await uploadFixture(page, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: applicant.id, fileId, status: 'EN_INSTRUCTION' });
  await rejectAttachment(dossier.attachmentId, agent.id, MOTIF);
  await requestComplementAsServices(dossier.id, agent.id, 'Merci de joindre un RIB lisible.');
  const dueOn = defaultComplementDueDay(15);
  await testDb().dossier.update({ where: { id: dossier.id }, data: { complementDueAt: complementDueAt(dueOn) } });
  await page.goto(`/mon-compte/dossiers/${dossier.id}`);
  const focused = page.locator(':focus');

  // « Répondre à la demande » leads to the form's heading.
  const request = page.getByRole('status').filter({ hasText: 'Des informations complémentaires sont demandées' });
  await expect(request).toContainText(`Merci de répondre avant le ${formatLongDate(complementDueAt(dueOn))}.`);
  await tabTo(page, request.getByRole('link', { name: 'Répondre à la demande' }));
  await page.keyboard.press('Enter');
  await expect(focused).toHaveText('Répondre à la demande');
  await expect(focused).toHaveAttribute('id', 'repondre');

  // The next stop is the rejected document's file field, named by the document.
  const input = page.getByLabel(`Choisir un fichier : ${RIB}`);
  await page.keyboard.press('Tab');
  await expect(input).toBeFocused();
  await expect(input).toHaveAccessibleDescription(new RegExp(`Motif du rejet : ${MOTIF}`));

  // « Transmettre » first: refused; the summary takes the focus and links to the file field.
  await tabTo(page, page.getByRole('button', { name: 'Transmettre' }));
  await page.keyboard.press('Enter');
  const summary = page.getByRole('alert').filter({ hasText: 'Il y a un problème' });
  await expect(summary).toBeFocused();
  await expect(summary).toContainText(REPLACE_FIRST);
  await page.keyboard.press('Tab');
  await expect(focused).toHaveText(REPLACE_FIRST);
  await page.keyboard.press('Enter');
  await expect(input).toBeFocused();
  await expect(input).toHaveAccessibleDescription(new RegExp(REPLACE_FIRST.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));

  // Space opens the chooser; focus stays on the field and the result is announced.
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Space');
  await (await chooser).setFiles(fixturePath('plan.png'));
  const group = page.getByRole('group', { name: RIB });
  await expect(group.getByRole('status')).toHaveText(/^«\splan\.png\s» est joint/);
  const replaced = page.getByLabel(`Remplacer le fichier : ${RIB}`);
  await expect(replaced).toBeFocused();
  await expect(page.getByRole('navigation', { name: 'Rubriques du dossier' }).getByRole('link', { name: 'Justificatifs', exact: true })).toBeVisible();
  await expect(replaced).toBeFocused();
  await expectAccessible(page);

  // « Transmettre » again: the confirmation takes the focus, in a live region.
  await tabTo(page, page.getByRole('button', { name: 'Transmettre' }));
  await page.keyboard.press('Enter');
  const done = page.getByRole('status').filter({ hasText: 'Votre réponse a été transmise' });
  await expect(done).toBeVisible();
  await expect(focused).toContainText('Votre réponse a été transmise');
  await expect(page.locator('.dossier-meta')).toContainText('En instruction');
  await expectAccessible(page);
});
