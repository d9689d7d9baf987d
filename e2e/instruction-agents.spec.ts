import { randomInt } from 'node:crypto';
import type { Browser, Page } from '@playwright/test';
import { replayAction } from './support/actions';
import { createAgent, signInAgentWithForm } from './support/agents';
import { createAuditEntries } from '../test/factories/audit';
import { testDb } from './support/database';
import { createUser, uniqueEmail } from './support/factories';
import { expect, expectAccessible, signIn, test } from './support/fixtures';
import { signInAs } from './support/sessions';
import { linkIn, waitForEmail } from './support/mail';
import { insertProcedure, uniqueWord } from './support/procedures';

// Administrators manage agents (invitation by email, role, démarches instructed,
// disabling, second factor) and read the journal. Only administrators: applicants and instructeurs
// are refused on every page and by every action replayed by hand.

const AGENT_ACTIONS = 'app/instruction/agents/actions.ts';
const INVITEE_PASSWORD = 'Cerf-Volant-Rouge-81';

async function newVisitor(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    extraHTTPHeaders: { 'X-Forwarded-For': `10.${randomInt(256)}.${randomInt(256)}.${randomInt(1, 255)}` },
  });
  return context.newPage();
}

async function agentRow(email: string) {
  return testDb().user.findUniqueOrThrow({
    where: { email },
    select: { id: true, role: true, disabledAt: true, emailVerifiedAt: true, sessionVersion: true, totpSecret: true },
  });
}

async function instructedBy(userId: string): Promise<string[]> {
  const rows = await testDb().procedureInstructor.findMany({ where: { userId }, orderBy: { procedureId: 'asc' }, select: { procedureId: true } });
  return rows.map((row) => row.procedureId);
}

/** « Journal » filtered on the author `actorEmail` lists an action `label`. */
async function expectInJournal(page: Page, actorEmail: string, label: string) {
  await page.getByRole('navigation', { name: 'Rubriques de l’instruction' }).getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal des actions' })).toBeVisible();
  await page.getByLabel('Auteur (courriel)').fill(actorEmail);
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: label }).first()).toBeVisible();
}

async function openAgentPage(page: Page, agentName: string) {
  await page.getByRole('navigation', { name: 'Rubriques de l’instruction' }).getByRole('link', { name: 'Agents' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agents' })).toBeVisible();
  await page.getByRole('link', { name: agentName }).click();
  await expect(page.getByRole('heading', { level: 1, name: agentName })).toBeVisible();
}

test('un administrateur invite un agent, qui choisit son mot de passe et se connecte ; le journal le dit', async ({ page, browser }) => {
  const word = uniqueWord();
  const procedureA = await insertProcedure({ title: `Démarche A ${word}` });
  const admin = await createAgent({ role: 'ADMIN', firstName: 'Adèle', lastName: 'Admin' });
  await signInAs(page, admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();

  // « Agents » → « Inviter un agent »
  await page.getByRole('navigation', { name: 'Rubriques de l’instruction' }).getByRole('link', { name: 'Agents' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agents' })).toBeVisible();
  await expect(page.getByRole('columnheader', { name: 'Vérification en deux étapes' })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('link', { name: 'Inviter un agent' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inviter un agent' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Démarches instruites' })).toContainText('Un administrateur voit de toute façon toutes les démarches');
  await expectAccessible(page);

  // An address that already has an account is refused next to the field.
  const applicant = await createUser();
  await page.getByLabel('Courriel').fill(applicant.email);
  await page.getByLabel('Prénom').fill('Inès');
  await page.getByLabel('Nom', { exact: true }).fill('Moreau');
  await page.getByRole('radio', { name: 'Instructeur' }).check();
  await page.getByRole('checkbox', { name: procedureA.title }).check();
  await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(page.locator('#agent-email-error')).toContainText('Cette adresse a déjà un compte');
  await expectAccessible(page);
  expect((await agentRow(applicant.email)).role).toBe('USAGER');

  const inviteeEmail = uniqueEmail('agent');
  await page.getByLabel('Courriel').fill(inviteeEmail);
  await page.getByRole('button', { name: 'Envoyer l’invitation' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Inès Moreau' })).toBeVisible();
  await expect(page.getByText('L’invitation a été envoyée.')).toBeVisible();
  await expect(page.getByText('Invitation envoyée', { exact: true })).toBeVisible();
  await expectAccessible(page);
  const invitee = await agentRow(inviteeEmail);
  expect(invitee).toMatchObject({ role: 'INSTRUCTEUR', emailVerifiedAt: null });
  expect(await instructedBy(invitee.id)).toEqual([procedureA.id]);

  // The invitee opens the emailed link in their own browser and chooses a password.
  const email = await waitForEmail(inviteeEmail, /Invitation .*Guichet/);
  const link = linkIn(email, '/invitation-agent?jeton=');
  const inviteePage = await newVisitor(browser);
  await inviteePage.goto(link);
  await expect(inviteePage.getByRole('heading', { level: 1, name: 'Rejoindre l’espace instruction' })).toBeVisible();
  await expect(inviteePage.getByText('Bonjour Inès Moreau')).toBeVisible();
  await expectAccessible(inviteePage);
  await inviteePage.getByLabel('Nouveau mot de passe').fill('Court-1!');
  await inviteePage.getByLabel('Confirmation du mot de passe').fill('Court-1!');
  await inviteePage.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(inviteePage.locator('#invitation-password-error')).toContainText('au moins 12 caractères');
  await inviteePage.getByLabel('Nouveau mot de passe').fill(INVITEE_PASSWORD);
  await inviteePage.getByLabel('Confirmation du mot de passe').fill(INVITEE_PASSWORD);
  await inviteePage.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await expect(inviteePage).toHaveURL(/\/connexion\?invitation=acceptee/);
  await expect(inviteePage.getByText('Votre mot de passe est enregistré.')).toBeVisible();
  await expectAccessible(inviteePage);

  // The link works once.
  await inviteePage.goto(link);
  await expect(inviteePage.getByText('Ce lien d’invitation ne fonctionne pas')).toBeVisible();
  await expectAccessible(inviteePage);

  // First sign-in: the password is accepted, then the second factor is set up.
  await signIn(inviteePage, inviteeEmail, INVITEE_PASSWORD);
  await expect(inviteePage.getByRole('heading', { level: 1, name: 'Activer la vérification en deux étapes' })).toBeVisible();
  await expectInJournal(page, admin.email, 'Agent invité');
});

test('un administrateur change le rôle et les démarches d’un agent ; le journal le dit', { tag: '@postgresql' }, async ({ page }) => {
  const word = uniqueWord();
  const procedureA = await insertProcedure({ title: `Démarche A ${word}` });
  const procedureB = await insertProcedure({ title: `Démarche B ${word}` });
  const admin = await createAgent({ role: 'ADMIN', firstName: 'Adèle', lastName: 'Admin' });
  const invitee = await createAgent({ firstName: 'Inès', lastName: `Moreau ${word}`, procedures: [procedureA.id] });
  const inviteeEmail = invitee.email;
  await signInAs(page, admin);

  // The administrator changes the role and the démarches.
  await openAgentPage(page, `Inès Moreau ${word}`);
  await expect(page.getByText('Actif', { exact: true })).toBeVisible();
  await page.getByRole('checkbox', { name: procedureA.title }).uncheck();
  await page.getByRole('checkbox', { name: procedureB.title }).check();
  await page.getByRole('radio', { name: 'Administrateur' }).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText('Le rôle et les démarches de l’agent ont été enregistrés.')).toBeVisible();
  await expect(page.getByRole('definition').filter({ hasText: /^Toutes \(administrateur\)$/ })).toBeVisible();
  expect((await agentRow(inviteeEmail)).role).toBe('ADMIN');
  expect(await instructedBy(invitee.id)).toEqual([procedureB.id]);
  await page.getByRole('radio', { name: 'Instructeur' }).check();
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect.poll(async () => (await agentRow(inviteeEmail)).role).toBe('INSTRUCTEUR');
  await expectInJournal(page, admin.email, 'Agent modifié (rôle ou démarches)');
});

test('désactiver un agent ferme sa session ; réactivé, il se connecte ; vérification en deux étapes réinitialisée ; le journal se filtre', async ({
  page,
  browser,
}) => {
  const word = uniqueWord();
  const procedureA = await insertProcedure({ title: `Démarche A ${word}` });
  const admin = await createAgent({ role: 'ADMIN', firstName: 'Adèle', lastName: 'Admin' });
  await signInAs(page, admin);

  // Disabling ends a signed-in agent's session at their next page, and sign-in fails.
  const worker = await createAgent({ role: 'INSTRUCTEUR', firstName: 'Bruno', lastName: `Durand ${word}`, procedures: [procedureA.id] });
  const workerPage = await newVisitor(browser);
  await signInAs(workerPage, worker);
  await expect(workerPage.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await openAgentPage(page, `Bruno Durand ${word}`);
  await page.getByRole('link', { name: 'Désactiver le compte' }).click();
  await expect(page.getByText(`Désactiver le compte de Bruno Durand ${word} ?`)).toBeVisible();
  await expectAccessible(page);
  await page.getByRole('button', { name: 'Confirmer la désactivation' }).click();
  await expect(page.getByText('Le compte est désactivé')).toBeVisible();
  await expect(page.getByText('Désactivé', { exact: true })).toBeVisible();
  await workerPage.goto('/instruction');
  await expect(workerPage).toHaveURL(/\/connexion\?retour=%2Finstruction/);
  await signIn(workerPage, worker.email, worker.password);
  await expect(workerPage.getByText('Courriel ou mot de passe incorrect.')).toBeVisible();
  await expect(workerPage).toHaveURL(/\/connexion/);

  // Reactivation lets them in again.
  await page.getByRole('link', { name: 'Réactiver le compte' }).click();
  await page.getByRole('button', { name: 'Confirmer la réactivation' }).click();
  await expect(page.getByText('Le compte est réactivé')).toBeVisible();
  await signInAgentWithForm(workerPage, worker);
  await expect(workerPage.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();

  // « Réinitialiser la vérification en deux étapes »
  await page.getByRole('link', { name: 'Réinitialiser la vérification en deux étapes' }).click();
  await page.getByRole('button', { name: 'Confirmer la réinitialisation' }).click();
  await expect(page.getByText('La vérification en deux étapes est réinitialisée')).toBeVisible();
  expect((await agentRow(worker.email)).totpSecret).toBeNull();
  await workerPage.goto('/instruction');
  await expect(workerPage).toHaveURL(/\/connexion/);

  // The journal lists those actions; filters narrow it.
  await page.getByRole('navigation', { name: 'Rubriques de l’instruction' }).getByRole('link', { name: 'Journal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Journal des actions' })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel('Auteur (courriel)').fill(admin.email);
  await page.getByRole('button', { name: 'Filtrer' }).click();
  const rows = page.getByRole('table').getByRole('row');
  for (const label of ['Compte d’agent désactivé', 'Compte d’agent réactivé', 'Vérification en deux étapes réinitialisée']) {
    await expect(rows.filter({ hasText: label }).first(), label).toBeVisible();
  }
  await page.getByLabel('Action', { exact: true }).selectOption({ label: 'Compte d’agent désactivé' });
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  await page.getByLabel('Du', { exact: true }).fill(today);
  await page.getByLabel('Au', { exact: true }).fill(today);
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page).toHaveURL(/action=agent.disabled/);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText(`Bruno Durand ${word} (${worker.email})`);
  await expect(rows.nth(1)).toContainText('Adèle Admin');
  await expectAccessible(page);
  // Yesterday only: nothing.
  const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date(Date.now() - 86_400_000));
  await page.getByLabel('Du', { exact: true }).fill(yesterday);
  await page.getByLabel('Au', { exact: true }).fill(yesterday);
  await page.getByRole('button', { name: 'Filtrer' }).click();
  await expect(page.getByText('Aucune action ne correspond à ces filtres.')).toBeVisible();
});

test('le journal se lit page par page (50 par page, « Page suivante »)', async ({ page }) => {
  const admin = await createAgent({ role: 'ADMIN' });
  const actor = await createUser();
  await createAuditEntries(
    testDb(),
    Array.from({ length: 60 }, (_, index) => ({
      actorId: actor.id,
      action: 'login.success',
      ip: `203.0.113.${index + 1}`,
      createdAt: new Date(Date.now() - (index + 1) * 1000),
    })),
  );
  await signInAs(page, admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await page.goto(`/instruction/journal?auteur=${encodeURIComponent(actor.email)}`);
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(51);
  await expect(rows.nth(1)).toContainText('203.0.113.1');
  await page.getByRole('link', { name: 'Page suivante' }).click();
  await expect(rows).toHaveCount(11);
  await expect(rows.nth(1)).toContainText('203.0.113.51');
  await expect(page.getByRole('link', { name: 'Page suivante' })).toHaveCount(0);
  await expectAccessible(page);
});

test('un instructeur est refusé (403) sur les pages des agents et du journal', async ({ page }) => {
  const instructeur = await createAgent({ role: 'INSTRUCTEUR' });
  const other = await createAgent({ role: 'INSTRUCTEUR' });
  await signInAs(page, instructeur);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Agents', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Journal', exact: true })).toHaveCount(0);
  for (const path of ['/instruction/agents', '/instruction/agents/inviter', `/instruction/agents/${other.id}`, '/instruction/journal']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
    await expect(page.getByRole('heading', { level: 1, name: 'Accès refusé' })).toBeVisible();
  }
  await expectAccessible(page);
});

test('un visiteur est renvoyé vers la connexion ; un lien d’invitation inconnu est expliqué', async ({ page }) => {
  for (const path of ['/instruction/agents', '/instruction/journal']) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/connexion\?retour=/);
  }
  await page.goto('/invitation-agent?jeton=inconnu');
  await expect(page.getByText('Ce lien d’invitation ne fonctionne pas')).toBeVisible();
  await expect(page.getByText('valable 72 heures')).toBeVisible();
  await expectAccessible(page);
});

test('un agent inexistant donne la page « Agent introuvable »', async ({ page }) => {
  const admin = await createAgent({ role: 'ADMIN' });
  await signInAs(page, admin);
  await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
  const response = await page.goto('/instruction/agents/00000000-0000-4000-8000-000000000000');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1, name: 'Agent introuvable' })).toBeVisible();
  await expectAccessible(page);
});

test.describe('actions des administrateurs rejouées à la main', () => {
  type Snapshot = { target: unknown; procedures: string[]; invited: number; audits: number };

  async function snapshot(targetEmail: string, targetId: string, invitedEmail: string): Promise<Snapshot> {
    const audits = await testDb().auditLog.count({ where: { targetId, action: { startsWith: 'agent.' } } });
    const invited = await testDb().user.count({ where: { email: invitedEmail } });
    return { target: await agentRow(targetEmail), procedures: await instructedBy(targetId), invited, audits };
  }

  for (const who of ['instructeur', 'usager', 'visiteur'] as const) {
    test(`un ${who} est refusé par chaque action, et rien ne change`, async ({ page }) => {
      const procedure = await insertProcedure({ title: `Démarche rejouée ${uniqueWord()}` });
      // A pending invitee (for « Renvoyer l’invitation ») with a second factor (for its reset).
      const target = await createUser({ role: 'INSTRUCTEUR', verified: false, sealedTotpSecret: 'scellé' });
      const invitedEmail = uniqueEmail('agent');
      if (who === 'instructeur') {
        await signInAs(page, await createAgent({ role: 'INSTRUCTEUR', procedures: [procedure.id] }));
        await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
      } else if (who === 'usager') {
        const user = await createUser();
        await signInAs(page, user);
        await expect(page.getByRole('heading', { level: 1, name: 'Mon compte' })).toBeVisible();
      } else {
        await page.goto('/');
      }
      const before = await snapshot(target.email, target.id, invitedEmail);

      // Each action posted to the page that uses it, as the site's own form does.
      const agentPage = `/instruction/agents/${target.id}`;
      const actions: [string, string, Record<string, string>][] = [
        [
          'inviteAgentAction',
          '/instruction/agents/inviter',
          { email: invitedEmail, firstName: 'Intrus', lastName: 'Intrus', role: 'ADMIN', procedureIds: procedure.id },
        ],
        ['updateAgentAction', agentPage, { agentId: target.id, role: 'ADMIN', procedureIds: procedure.id }],
        ['resendAgentInvitationAction', agentPage, { agentId: target.id }],
        ['disableAgentAction', agentPage, { agentId: target.id }],
        ['enableAgentAction', agentPage, { agentId: target.id }],
        ['resetAgentSecondFactorAction', agentPage, { agentId: target.id }],
      ];
      for (const [name, path, fields] of actions) {
        const response = await replayAction(page, { file: AGENT_ACTIONS, name, path, fields });
        if (who === 'visiteur') {
          // Not signed in: sent to the login page, which comes back here.
          expect(response.headers()['x-action-redirect'] ?? response.headers().location, name).toMatch(/^\/connexion\?retour=/);
        } else {
          expect(response.status(), name).toBe(403);
        }
      }
      expect(await snapshot(target.email, target.id, invitedEmail)).toEqual(before);
      expect(await testDb().outboxEmail.count({ where: { to: { in: [target.email, invitedEmail] } } })).toBe(0);
    });
  }

  test('la même action rejouée par un administrateur agit (le refus ci-dessus n’est pas un hasard du rejeu)', async ({ page }) => {
    const admin = await createAgent({ role: 'ADMIN' });
    const target = await createAgent({ role: 'INSTRUCTEUR' });
    await signInAs(page, admin);
    await expect(page.getByRole('heading', { level: 1, name: 'Dossiers' })).toBeVisible();
    await replayAction(page, { file: AGENT_ACTIONS, name: 'disableAgentAction', path: `/instruction/agents/${target.id}`, fields: { agentId: target.id } });
    expect((await agentRow(target.email)).disabledAt).not.toBeNull();
  });
});
