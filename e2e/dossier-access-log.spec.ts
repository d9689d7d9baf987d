import { createAgent } from './support/agents';
import { insertDossier, uploadFixture } from './support/dossiers';
import { createUser } from './support/factories';
import { expect, expectAccessible, test } from './support/fixtures';
import { openSessionFor } from './support/profiles';

// The agents' access log (issue 19, item 5): an instructeur opens a dossier and downloads its
// justificatif; an administrator reads who did it in « Consultations »; the instructeur may not;
// the applicant's « Historique » says « Dossier consulté par les services », without names (the
// e2e server runs with DOSSIER_ACCESS_SHOWN_TO_APPLICANT=on).

test('journal des consultations : lu par l’administrateur, refusé à l’instructeur, annoncé au demandeur sans nom d’agent', async ({ browser }) => {
  const applicant = await createUser({ firstName: 'Camille' });
  const applicantPage = await openSessionFor(browser, applicant);
  await applicantPage.goto('/mon-compte');
  const fileId = await uploadFixture(applicantPage, 'attestation.pdf');
  const dossier = await insertDossier({ applicantId: applicant.id, fileId });
  const instructeur = await createAgent({ firstName: 'Iris', lastName: 'Instruit', procedures: [dossier.procedureId] });
  const admin = await createAgent({ role: 'ADMIN', firstName: 'Adèle', lastName: 'Admin' });

  const agentPage = await openSessionFor(browser, instructeur);
  await agentPage.goto(`/instruction/dossiers/${dossier.id}`);
  await expect(agentPage.getByRole('heading', { name: `Dossier n° ${dossier.number}` })).toBeVisible();
  const tabs = agentPage.getByRole('navigation', { name: 'Rubriques du dossier' });
  await expect(tabs.getByRole('link', { name: 'Consultations' })).toHaveCount(0);
  expect((await agentPage.request.get(`/api/fichiers/${fileId}`)).status()).toBe(200);
  const refused = await agentPage.goto(`/instruction/dossiers/${dossier.id}/consultations`);
  expect(refused?.status()).toBe(403);
  await expect(agentPage.getByRole('heading', { name: 'Accès refusé' })).toBeVisible();

  const adminPage = await openSessionFor(browser, admin);
  await adminPage.goto(`/instruction/dossiers/${dossier.id}`);
  await adminPage.getByRole('navigation', { name: 'Rubriques du dossier' }).getByRole('link', { name: 'Consultations' }).click();
  await expect(adminPage.getByRole('heading', { name: 'Consultations' })).toBeVisible();
  const table = adminPage.getByRole('table', { name: /Consultations du dossier/ });
  await expect(table.getByRole('row').filter({ hasText: 'Iris Instruit' }).filter({ hasText: 'Dossier ouvert' })).toHaveCount(1);
  await expect(
    table
      .getByRole('row')
      .filter({ hasText: 'Iris Instruit' })
      .filter({ hasText: /Fichier téléchargé.*attestation\.pdf/ }),
  ).toHaveCount(1);
  await expect(table.getByRole('row').filter({ hasText: 'Adèle Admin' })).toHaveCount(1);
  await expectAccessible(adminPage);

  await applicantPage.goto(`/mon-compte/dossiers/${dossier.id}/historique`);
  const history = applicantPage.getByRole('table', { name: /Historique du dossier/ });
  await expect(history.getByRole('row').filter({ hasText: 'Dossier consulté par les services' })).toHaveCount(1);
  await expect(history).not.toContainText('Iris');
  await expect(history).not.toContainText('Adèle');
  await expectAccessible(applicantPage);
});
