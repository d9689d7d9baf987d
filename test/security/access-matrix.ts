import type { ActionArguments } from '../../e2e/support/actions';

// docs/architecture.md « La matrice d'accès ». `otherApplicant`: a signed-in USAGER who owns
// nothing in the URL or the form. `owner` (pages and route handlers): whom the resource belongs
// to (an administrator for /instruction), so that a refusal can never come from a wrong sample URL.
//
// Samples use placeholders that the spec fills with the data it makes: {dossier} (deposited, of
// the owner, for the owner's profile), {draft} (a draft of the owner), {profile}, {membership}
// (another member of that profile), {shareKey}, {file} (the dossier's justificatif), {attachment},
// {procedure} and {slug} (the dossier's démarche), {agent} (an instructeur), {marker} (a word
// unique to the run, in everything an intruder might create).

/**
 * - `ok`: 200 (after the redirects a page makes for this person, never to /connexion);
 * - `login`: sent to /connexion (a page's redirect, an action's redirect, a handler's 303);
 * - `unauthorized` 401, `forbidden` 403, `not-found` 404 (JSON APIs, the 403 page, the 404 page);
 * - `home`: sent to the person's home (/mon-compte), e.g. an applicant on the agents' second step;
 * - `{ refused }`: an action that answers 200 with `{ ok: false, message: refused }`;
 * - `{ skip }`: not tried here, with the reason (a public form, or an action on the caller's own account).
 */
export type Outcome = 'ok' | 'login' | 'unauthorized' | 'forbidden' | 'not-found' | 'home' | { refused: string } | { skip: string };

export type PageEntry = { sample: string; visitor: Outcome; otherApplicant: Outcome; owner: Outcome };

/** `csrfSamples`: the URLs a request from another site is tried on (e2e/security-csrf.spec.ts), for the methods that take a body. */
export type HandlerEntry = PageEntry & { csrfSamples?: string[] };

export type ActionEntry = {
  /** A page that uses the action (Next.js runs an action only on a page that references it). */
  page: string;
  fields: Record<string, string>;
  args?: ActionArguments;
  visitor: Outcome;
  otherApplicant: Outcome;
};

const PUBLIC = 'ok' as const;
const OPEN_TO_ALL = { visitor: PUBLIC, otherApplicant: PUBLIC, owner: PUBLIC } as const;
const APPLICANT_PAGE = { visitor: 'login', otherApplicant: 'ok', owner: 'ok' } as const;
const OWN_DOSSIER = { visitor: 'login', otherApplicant: 'not-found', owner: 'ok' } as const;
const OWN_PROFILE = { visitor: 'login', otherApplicant: 'not-found', owner: 'ok' } as const;
const AGENT_PAGE = { visitor: 'login', otherApplicant: 'forbidden', owner: 'ok' } as const;
const AGENT_ACTION = { visitor: 'login', otherApplicant: 'forbidden' } as const;
const PROFILE_NOT_FOUND = { refused: 'Ce profil est introuvable.' };
const SESSION_ENDED = { refused: 'Votre session a expiré. Connectez-vous de nouveau avec votre mot de passe.' };

const publicForm = (tests: string) => ({ skip: `formulaire public, sans ressource d’autrui (${tests})` });
const ownAccount = (tests: string) => ({ skip: `n’agit que sur le compte de qui l’envoie (${tests})` });

export const PAGES: Record<string, PageEntry> = {
  // « / » is rewritten to this page (next.config.ts).
  '/accueil/[edition]': { sample: '/accueil/courante', ...OPEN_TO_ALL },
  '/accessibilite': { sample: '/accessibilite', ...OPEN_TO_ALL },
  '/mentions-legales': { sample: '/mentions-legales', ...OPEN_TO_ALL },
  '/donnees-personnelles': { sample: '/donnees-personnelles', ...OPEN_TO_ALL },
  // « /demarches?… » is rewritten to this page (proxy.ts).
  '/catalogue/[cle]': { sample: '/catalogue/toutes', ...OPEN_TO_ALL },
  '/demarches/[slug]': { sample: '/demarches/{slug}', ...OPEN_TO_ALL },
  '/demarches/[slug]/deposer': { sample: '/demarches/{slug}/deposer', ...APPLICANT_PAGE },
  // The second step's pages are for agents who gave only the password: `owner` is an applicant there too.
  '/connexion': { sample: '/connexion', visitor: PUBLIC, otherApplicant: 'home', owner: 'home' },
  // Without the link FranceConnect left in this browser, back to « Connexion ».
  '/connexion/franceconnect': { sample: '/connexion/franceconnect', visitor: 'login', otherApplicant: 'home', owner: 'home' },
  '/connexion/verification': { sample: '/connexion/verification', visitor: 'login', otherApplicant: 'home', owner: 'home' },
  '/connexion/double-authentification': { sample: '/connexion/double-authentification', visitor: 'login', otherApplicant: 'home', owner: 'home' },
  '/connexion/codes-de-secours': { sample: '/connexion/codes-de-secours', visitor: 'login', otherApplicant: 'forbidden', owner: 'forbidden' },
  '/inscription': { sample: '/inscription', ...OPEN_TO_ALL },
  '/inscription/courriel-envoye': { sample: '/inscription/courriel-envoye', ...OPEN_TO_ALL },
  '/confirmer-courriel': { sample: '/confirmer-courriel', ...OPEN_TO_ALL },
  '/invitation-agent': { sample: '/invitation-agent', ...OPEN_TO_ALL },
  '/mot-de-passe/reinitialiser': { sample: '/mot-de-passe/reinitialiser', ...OPEN_TO_ALL },
  '/mot-de-passe/nouveau': { sample: '/mot-de-passe/nouveau', ...OPEN_TO_ALL },
  // The mail catcher answers only while SMTP_URL is unset: the e2e server has one (a real sink).
  '/dev/courriels': { sample: '/dev/courriels', visitor: 'not-found', otherApplicant: 'not-found', owner: 'not-found' },
  '/dev/courriels/[emailId]': { sample: '/dev/courriels/{dossier}', visitor: 'not-found', otherApplicant: 'not-found', owner: 'not-found' },

  '/mon-compte': { sample: '/mon-compte', ...APPLICANT_PAGE },
  '/mon-compte/documents-recus': { sample: '/mon-compte/documents-recus', ...APPLICANT_PAGE },
  '/mon-compte/donnees-personnelles': { sample: '/mon-compte/donnees-personnelles', ...APPLICANT_PAGE },
  '/mon-compte/donnees-personnelles/supprimer-mon-compte': { sample: '/mon-compte/donnees-personnelles/supprimer-mon-compte', ...APPLICANT_PAGE },
  '/mon-compte/dossiers': { sample: '/mon-compte/dossiers', ...APPLICANT_PAGE },
  '/mon-compte/dossiers/[dossierId]': { sample: '/mon-compte/dossiers/{dossier}', ...OWN_DOSSIER },
  '/mon-compte/dossiers/[dossierId]/echanges': { sample: '/mon-compte/dossiers/{dossier}/echanges', ...OWN_DOSSIER },
  '/mon-compte/dossiers/[dossierId]/historique': { sample: '/mon-compte/dossiers/{dossier}/historique', ...OWN_DOSSIER },
  '/mon-compte/dossiers/[dossierId]/justificatifs': { sample: '/mon-compte/dossiers/{dossier}/justificatifs', ...OWN_DOSSIER },
  '/mon-compte/dossiers/[dossierId]/depose': { sample: '/mon-compte/dossiers/{dossier}/depose', ...OWN_DOSSIER },
  '/mon-compte/dossiers/[dossierId]/modifier': { sample: '/mon-compte/dossiers/{draft}/modifier', ...OWN_DOSSIER },
  '/mon-compte/profils': { sample: '/mon-compte/profils', ...APPLICANT_PAGE },
  '/mon-compte/profils/ajouter': { sample: '/mon-compte/profils/ajouter', ...APPLICANT_PAGE },
  '/mon-compte/profils/nouveau': { sample: '/mon-compte/profils/nouveau', ...APPLICANT_PAGE },
  '/mon-compte/profils/[profileId]': { sample: '/mon-compte/profils/{profile}', ...OWN_PROFILE },
  '/mon-compte/profils/[profileId]/informations': { sample: '/mon-compte/profils/{profile}/informations', ...OWN_PROFILE },
  '/mon-compte/profils/[profileId]/composition': { sample: '/mon-compte/profils/{profile}/composition', ...OWN_PROFILE },
  '/mon-compte/profils/[profileId]/documents': { sample: '/mon-compte/profils/{profile}/documents', ...OWN_PROFILE },
  '/mon-compte/profils/[profileId]/dossiers': { sample: '/mon-compte/profils/{profile}/dossiers', ...OWN_PROFILE },

  '/instruction': { sample: '/instruction', ...AGENT_PAGE },
  '/instruction/securite': { sample: '/instruction/securite', ...AGENT_PAGE },
  '/instruction/statistiques': { sample: '/instruction/statistiques', ...AGENT_PAGE },
  '/instruction/exports': { sample: '/instruction/exports', ...AGENT_PAGE },
  '/instruction/journal': { sample: '/instruction/journal', ...AGENT_PAGE },
  '/instruction/conservation': { sample: '/instruction/conservation', ...AGENT_PAGE },
  '/instruction/agents': { sample: '/instruction/agents', ...AGENT_PAGE },
  '/instruction/agents/inviter': { sample: '/instruction/agents/inviter', ...AGENT_PAGE },
  '/instruction/agents/[agentId]': { sample: '/instruction/agents/{agent}', ...AGENT_PAGE },
  '/instruction/demarches': { sample: '/instruction/demarches', ...AGENT_PAGE },
  '/instruction/demarches/nouveau': { sample: '/instruction/demarches/nouveau', ...AGENT_PAGE },
  '/instruction/demarches/[procedureId]': { sample: '/instruction/demarches/{procedure}', ...AGENT_PAGE },
  '/instruction/demarches/[procedureId]/apercu': { sample: '/instruction/demarches/{procedure}/apercu', ...AGENT_PAGE },
  '/instruction/demarches/[procedureId]/formulaire': { sample: '/instruction/demarches/{procedure}/formulaire', ...AGENT_PAGE },
  '/instruction/demarches/[procedureId]/pieces-justificatives': { sample: '/instruction/demarches/{procedure}/pieces-justificatives', ...AGENT_PAGE },
  '/instruction/dossiers/[dossierId]': { sample: '/instruction/dossiers/{dossier}', ...AGENT_PAGE },
  '/instruction/dossiers/[dossierId]/echanges': { sample: '/instruction/dossiers/{dossier}/echanges', ...AGENT_PAGE },
  '/instruction/dossiers/[dossierId]/historique': { sample: '/instruction/dossiers/{dossier}/historique', ...AGENT_PAGE },
  '/instruction/dossiers/[dossierId]/justificatifs': { sample: '/instruction/dossiers/{dossier}/justificatifs', ...AGENT_PAGE },
  '/instruction/dossiers/[dossierId]/notes': { sample: '/instruction/dossiers/{dossier}/notes', ...AGENT_PAGE },
  // Administrators only; a plain instructeur's 403: e2e/dossier-access-log.spec.ts.
  '/instruction/dossiers/[dossierId]/consultations': { sample: '/instruction/dossiers/{dossier}/consultations', ...AGENT_PAGE },
};

export const ROUTE_HANDLERS: Record<string, HandlerEntry> = {
  'GET /api/auth/[...nextauth]': { sample: '/api/auth/session', ...OPEN_TO_ALL },
  // next-auth's own POST endpoints (sign-in, sign-out, session update) are tried by the CSRF tests.
  'POST /api/auth/[...nextauth]': {
    sample: '/api/auth/signout',
    csrfSamples: ['/api/auth/signout', '/api/auth/callback/credentials', '/api/auth/session'],
    visitor: { skip: 'voir les tests CSRF' },
    otherApplicant: { skip: 'voir les tests CSRF' },
    owner: { skip: 'voir les tests CSRF' },
  },
  // FranceConnect and ProConnect: to the provider, and back with a code only the provider gives
  // (refusals: lib/auth/oidc/protocol.integration.test.ts; journeys: e2e/oidc.spec.ts).
  'GET /api/auth/oidc/[provider]': {
    sample: '/api/auth/oidc/franceconnect',
    visitor: { skip: 'redirige vers le fournisseur (oidc.spec.ts)' },
    otherApplicant: { skip: 'redirige vers le fournisseur (oidc.spec.ts)' },
    owner: { skip: 'redirige vers le fournisseur (oidc.spec.ts)' },
  },
  'GET /api/auth/callback/franceconnect': {
    sample: '/api/auth/callback/franceconnect',
    visitor: { skip: 'retour du fournisseur (oidc.spec.ts)' },
    otherApplicant: { skip: 'retour du fournisseur (oidc.spec.ts)' },
    owner: { skip: 'retour du fournisseur (oidc.spec.ts)' },
  },
  'GET /api/auth/callback/proconnect': {
    sample: '/api/auth/callback/proconnect',
    visitor: { skip: 'retour du fournisseur (oidc.spec.ts)' },
    otherApplicant: { skip: 'retour du fournisseur (oidc.spec.ts)' },
    owner: { skip: 'retour du fournisseur (oidc.spec.ts)' },
  },
  'GET /api/session/visiteur': { sample: '/api/session/visiteur', ...OPEN_TO_ALL },
  'GET /api/fichiers/[fileId]': { sample: '/api/fichiers/{file}', visitor: 'unauthorized', otherApplicant: 'not-found', owner: 'ok' },
  'GET /api/fichiers/[fileId]/apercu': { sample: '/api/fichiers/{file}/apercu', visitor: 'unauthorized', otherApplicant: 'not-found', owner: 'ok' },
  'POST /api/fichiers': {
    sample: '/api/fichiers',
    visitor: 'unauthorized',
    otherApplicant: { skip: 'dépose un fichier à soi (e2e du corpus de fichiers)' },
    owner: { skip: 'dépose un fichier à soi' },
  },
  // An archive is its requester's alone (lib/instruction/dossier-access-log.integration.test.ts, e2e/data-export.spec.ts).
  'GET /api/archives/[exportId]': {
    sample: '/api/archives/00000000-0000-4000-8000-000000000000',
    visitor: 'unauthorized',
    otherApplicant: 'not-found',
    owner: { skip: 'l’archive est préparée par le worker pour qui la demande : e2e/data-export.spec.ts' },
  },
  'GET /instruction/exports/[procedureId]': { sample: '/instruction/exports/{procedure}', ...AGENT_PAGE },
};

const dossierPage = (tab = '') => `/mon-compte/dossiers/{dossier}${tab}`;
const draftPage = '/mon-compte/dossiers/{draft}/modifier';
const compositionPage = '/mon-compte/profils/{profile}/composition';
const profileDocumentsPage = '/mon-compte/profils/{profile}/documents';
const agentDossierPage = (tab = '') => `/instruction/dossiers/{dossier}${tab}`;
const procedurePage = '/instruction/demarches/{procedure}';
const agentPage = '/instruction/agents/{agent}';
const procedureInfo = {
  procedureId: '{procedure}',
  title: 'Intrus {marker}',
  summary: 'x',
  description: 'x',
  audience: 'ASSOCIATION',
  opensOn: '2026-01-01',
  published: 'on',
};

export const SERVER_ACTIONS: Record<string, ActionEntry> = {
  // Public forms: anyone may post them; their own limits and tokens are tested elsewhere.
  'app/(auth)/connexion/actions.ts#loginAction': {
    page: '/connexion',
    fields: {},
    visitor: publicForm('throttling.spec.ts'),
    otherApplicant: publicForm('throttling.spec.ts'),
  },
  'app/(auth)/connexion/actions.ts#resendConfirmationAction': {
    page: '/connexion',
    fields: {},
    visitor: publicForm('account.spec.ts'),
    otherApplicant: publicForm('account.spec.ts'),
  },
  'app/(auth)/connexion/franceconnect/actions.ts#linkFranceConnectAction': {
    page: '/connexion/franceconnect',
    fields: {},
    visitor: publicForm('oidc.spec.ts'),
    otherApplicant: publicForm('oidc.spec.ts'),
  },
  'app/(auth)/inscription/actions.ts#registerAction': {
    page: '/inscription',
    fields: {},
    visitor: publicForm('account.spec.ts'),
    otherApplicant: publicForm('account.spec.ts'),
  },
  'app/(auth)/confirmer-courriel/actions.ts#confirmEmailAction': {
    page: '/confirmer-courriel',
    fields: {},
    visitor: publicForm('jeton à usage unique : account.spec.ts'),
    otherApplicant: publicForm('account.spec.ts'),
  },
  'app/(auth)/mot-de-passe/reinitialiser/actions.ts#requestPasswordResetAction': {
    page: '/mot-de-passe/reinitialiser',
    fields: {},
    visitor: publicForm('password-reset.spec.ts'),
    otherApplicant: publicForm('password-reset.spec.ts'),
  },
  'app/(auth)/mot-de-passe/nouveau/actions.ts#resetPasswordAction': {
    page: '/mot-de-passe/nouveau',
    fields: {},
    visitor: publicForm('jeton à usage unique : password-reset.spec.ts'),
    otherApplicant: publicForm('password-reset.spec.ts'),
  },
  'app/(auth)/invitation-agent/actions.ts#acceptAgentInvitationAction': {
    page: '/invitation-agent',
    fields: {},
    visitor: publicForm('jeton à usage unique : instruction-agents.spec.ts'),
    otherApplicant: publicForm('instruction-agents.spec.ts'),
  },
  'lib/auth/actions.ts#signOutAction': {
    page: '/',
    fields: {},
    visitor: ownAccount('sessions.spec.ts'),
    otherApplicant: ownAccount('sessions.spec.ts'),
  },

  // The agents' second step: only for an agent who gave the password.
  'app/(auth)/connexion/verification/actions.ts#verifyCodeAction': {
    page: '/connexion/verification',
    fields: { code: '123456' },
    visitor: SESSION_ENDED,
    otherApplicant: SESSION_ENDED,
  },
  'app/(auth)/connexion/verification/actions.ts#redeemRecoveryCodeAction': {
    page: '/connexion/verification',
    fields: { recoveryCode: 'abcd-efgh-ijkl' },
    visitor: SESSION_ENDED,
    otherApplicant: SESSION_ENDED,
  },
  'app/(auth)/connexion/double-authentification/actions.ts#activateSecondFactorAction': {
    page: '/connexion/double-authentification',
    fields: { code: '123456' },
    visitor: SESSION_ENDED,
    otherApplicant: SESSION_ENDED,
  },
  'app/(auth)/connexion/codes-de-secours/actions.ts#acknowledgeRecoveryCodesAction': {
    page: '/connexion/codes-de-secours',
    fields: {},
    visitor: 'login',
    otherApplicant: 'forbidden',
  },

  // The applicant's own account: no id of anyone else is read from the form.
  'app/mon-compte/donnees-personnelles/actions.ts#updatePersonalDataAction': {
    page: '/mon-compte/donnees-personnelles',
    fields: { firstName: 'Intrus', lastName: 'Intrus', userId: '{owner}' },
    visitor: 'login',
    otherApplicant: ownAccount('account.spec.ts'),
  },
  'app/mon-compte/donnees-personnelles/actions.ts#changeEmailAction': {
    page: '/mon-compte/donnees-personnelles',
    fields: { newEmail: '{marker}@exemple.test', password: 'x' },
    visitor: 'login',
    otherApplicant: ownAccount('change-email.spec.ts'),
  },
  'app/mon-compte/donnees-personnelles/actions.ts#changePasswordAction': {
    page: '/mon-compte/donnees-personnelles',
    fields: { currentPassword: 'x', newPassword: 'Intrus-Intrus-42!', confirmation: 'Intrus-Intrus-42!' },
    visitor: 'login',
    otherApplicant: ownAccount('account.spec.ts'),
  },
  'app/mon-compte/donnees-personnelles/actions.ts#unlinkFranceConnectAction': {
    page: '/mon-compte/donnees-personnelles',
    fields: { currentPassword: 'x' },
    visitor: 'login',
    otherApplicant: ownAccount('oidc.spec.ts'),
  },
  'app/mon-compte/donnees-personnelles/actions.ts#logoutEverywhereAction': {
    page: '/mon-compte/donnees-personnelles',
    fields: {},
    visitor: 'login',
    otherApplicant: ownAccount('sessions.spec.ts'),
  },
  'app/mon-compte/donnees-personnelles/actions.ts#requestDataExportAction': {
    page: '/mon-compte/donnees-personnelles',
    fields: { userId: '{owner}' },
    visitor: 'login',
    otherApplicant: ownAccount('data-export.spec.ts'),
  },
  'app/mon-compte/donnees-personnelles/supprimer-mon-compte/actions.ts#deleteAccountAction': {
    page: '/mon-compte/donnees-personnelles/supprimer-mon-compte',
    fields: { currentPassword: 'x' },
    visitor: 'login',
    otherApplicant: ownAccount('account-deletion.spec.ts'),
  },
  'app/mon-compte/donnees-personnelles/supprimer-mon-compte/actions.ts#deleteAccountWithFranceConnectAction': {
    page: '/mon-compte/donnees-personnelles/supprimer-mon-compte',
    fields: {},
    visitor: 'login',
    otherApplicant: ownAccount('oidc.spec.ts'),
  },
  'app/mon-compte/profils/nouveau/actions.ts#createProfileAction': {
    page: '/mon-compte/profils/nouveau',
    fields: { name: 'Intrus {marker}' },
    visitor: 'login',
    otherApplicant: ownAccount('profiles.spec.ts'),
  },
  'app/mon-compte/profils/ajouter/actions.ts#joinProfileAction': {
    page: '/mon-compte/profils/ajouter',
    fields: { key: 'AAAA-BBBB-CCCC-DDDD' },
    visitor: 'login',
    otherApplicant: ownAccount('la clé est le secret : profiles.spec.ts'),
  },
  'app/(public)/demarches/[slug]/deposer/actions.ts#startDossierAction': {
    page: '/demarches/{slug}/deposer',
    fields: { procedureSlug: '{slug}', profileId: '{profile}', idempotencyKey: '{uuid}' },
    visitor: 'login',
    otherApplicant: { refused: 'Choisissez le profil de l’association pour laquelle vous faites la demande' },
  },

  // Someone else's dossier.
  'app/mon-compte/dossiers/[dossierId]/(suivi)/actions.ts#replaceRejectedAttachmentAction': {
    page: dossierPage('/justificatifs'),
    fields: { dossierId: '{dossier}', attachmentId: '{attachment}', fileId: '{intruderFile}' },
    visitor: 'login',
    otherApplicant: 'not-found',
  },
  'app/mon-compte/dossiers/[dossierId]/(suivi)/actions.ts#replaceRejectedInAnswerAction': {
    page: dossierPage(),
    fields: { dossierId: '{dossier}', attachmentId: '{attachment}', fileId: '{intruderFile}' },
    visitor: 'login',
    otherApplicant: 'not-found',
  },
  'app/mon-compte/dossiers/[dossierId]/(suivi)/actions.ts#postDossierMessageAction': {
    page: dossierPage('/echanges'),
    fields: { dossierId: '{dossier}', body: 'Intrus {marker}' },
    visitor: 'login',
    otherApplicant: 'not-found',
  },
  'app/mon-compte/dossiers/[dossierId]/(suivi)/actions.ts#answerComplementAction': {
    page: dossierPage(),
    fields: { dossierId: '{dossier}', version: '{version}', message: 'Intrus {marker}', 'nom-du-projet': 'Intrus' },
    visitor: 'login',
    otherApplicant: 'not-found',
  },
  'app/mon-compte/dossiers/[dossierId]/modifier/actions.ts#draftFormAction': {
    page: draftPage,
    fields: { dossierId: '{draft}', 'nom-du-projet': 'Intrus {marker}', intent: 'submit' },
    visitor: 'login',
    otherApplicant: 'not-found',
  },
  'app/mon-compte/dossiers/[dossierId]/modifier/actions.ts#autosaveDraftAction': {
    page: draftPage,
    fields: { dossierId: '{draft}', 'nom-du-projet': 'Intrus {marker}' },
    visitor: 'login',
    otherApplicant: 'not-found',
  },
  'app/mon-compte/dossiers/[dossierId]/modifier/actions.ts#attachJustificatifAction': {
    page: draftPage,
    fields: { dossierId: '{draft}', documentId: 'rib', fileId: '{intruderFile}' },
    visitor: 'login',
    otherApplicant: 'not-found',
  },
  'app/mon-compte/dossiers/[dossierId]/modifier/actions.ts#saveJustificatifToProfileAction': {
    page: draftPage,
    fields: { dossierId: '{draft}', documentId: 'rib', validUntil: '' },
    visitor: 'login',
    otherApplicant: 'not-found',
  },
  'app/mon-compte/dossiers/[dossierId]/modifier/actions.ts#deleteDraftAction': {
    page: draftPage,
    fields: { dossierId: '{draft}' },
    visitor: 'login',
    otherApplicant: 'not-found',
  },

  // Someone else's profile.
  'app/mon-compte/profils/[profileId]/informations/actions.ts#updateProfileAction': {
    page: '/mon-compte/profils/{profile}/informations',
    fields: {
      profileId: '{profile}',
      name: 'Intrus {marker}',
      rna: 'W751234567',
      siret: '',
      addressLine: '1 rue',
      postalCode: '75001',
      city: 'Paris',
      contactEmail: 'intrus@exemple.test',
      contactPhone: '',
      object: 'Intrus',
    },
    visitor: 'login',
    otherApplicant: PROFILE_NOT_FOUND,
  },
  'app/mon-compte/profils/[profileId]/informations/actions.ts#requestProfileDataExportAction': {
    page: '/mon-compte/profils/{profile}/informations',
    fields: { profileId: '{profile}' },
    visitor: 'login',
    otherApplicant: PROFILE_NOT_FOUND,
  },
  'app/mon-compte/profils/[profileId]/composition/actions.ts#createShareKeyAction': {
    page: compositionPage,
    fields: { profileId: '{profile}' },
    visitor: 'login',
    otherApplicant: PROFILE_NOT_FOUND,
  },
  'app/mon-compte/profils/[profileId]/composition/actions.ts#revokeShareKeyAction': {
    page: compositionPage,
    fields: { profileId: '{profile}', shareKeyId: '{shareKey}' },
    visitor: 'login',
    otherApplicant: PROFILE_NOT_FOUND,
  },
  'app/mon-compte/profils/[profileId]/composition/actions.ts#promoteMemberAction': {
    page: compositionPage,
    fields: { profileId: '{profile}', membershipId: '{membership}' },
    visitor: 'login',
    otherApplicant: PROFILE_NOT_FOUND,
  },
  'app/mon-compte/profils/[profileId]/composition/actions.ts#updateMemberFunctionAction': {
    page: compositionPage,
    fields: { profileId: '{profile}', membershipId: '{membership}', function: 'TRESORIER' },
    visitor: 'login',
    otherApplicant: PROFILE_NOT_FOUND,
  },
  'app/mon-compte/profils/[profileId]/composition/actions.ts#removeMemberAction': {
    page: compositionPage,
    fields: { profileId: '{profile}', membershipId: '{membership}' },
    visitor: 'login',
    otherApplicant: PROFILE_NOT_FOUND,
  },
  'app/mon-compte/profils/[profileId]/composition/actions.ts#leaveProfileAction': {
    page: compositionPage,
    fields: { profileId: '{profile}' },
    visitor: 'login',
    otherApplicant: PROFILE_NOT_FOUND,
  },
  'app/mon-compte/profils/[profileId]/documents/actions.ts#addProfileDocumentAction': {
    page: profileDocumentsPage,
    fields: { profileId: '{profile}', type: 'RIB', fileId: '{intruderFile}', validUntil: '' },
    visitor: 'login',
    otherApplicant: PROFILE_NOT_FOUND,
  },
  'app/mon-compte/profils/[profileId]/documents/actions.ts#removeProfileDocumentAction': {
    page: profileDocumentsPage,
    // The membership is checked before the document: any id gets the profile's refusal.
    fields: { profileId: '{profile}', documentId: '00000000-0000-4000-8000-000000000000' },
    visitor: 'login',
    otherApplicant: PROFILE_NOT_FOUND,
  },

  'app/instruction/actions.ts#followDossierAction': { page: '/instruction', fields: { dossierId: '{dossier}', follow: '1' }, ...AGENT_ACTION },
  'app/instruction/securite/actions.ts#regenerateRecoveryCodesAction': { page: '/instruction/securite', fields: {}, ...AGENT_ACTION },
  'app/instruction/conservation/actions.ts#runRetentionNowAction': { page: '/instruction/conservation', fields: {}, ...AGENT_ACTION },
  'app/instruction/dossiers/[dossierId]/actions.ts#startInstructionAction': {
    page: agentDossierPage(),
    fields: { dossierId: '{dossier}', version: '{version}' },
    ...AGENT_ACTION,
  },
  'app/instruction/dossiers/[dossierId]/actions.ts#requestComplementAction': {
    page: agentDossierPage(),
    fields: { dossierId: '{dossier}', version: '{version}', body: 'Intrus {marker}', dueOn: '2099-12-31' },
    ...AGENT_ACTION,
  },
  'app/instruction/dossiers/[dossierId]/actions.ts#decideDossierAction': {
    page: agentDossierPage(),
    fields: { dossierId: '{dossier}', version: '{version}', decision: 'ACCEPTE', reason: 'Intrus {marker}' },
    ...AGENT_ACTION,
  },
  'app/instruction/dossiers/[dossierId]/actions.ts#reopenInstructionAction': {
    page: agentDossierPage(),
    fields: { dossierId: '{dossier}', version: '{version}', reason: 'Intrus {marker}' },
    ...AGENT_ACTION,
  },
  'app/instruction/dossiers/[dossierId]/actions.ts#reviewAttachmentAction': {
    page: agentDossierPage('/justificatifs'),
    fields: { dossierId: '{dossier}', attachmentId: '{attachment}', decision: 'REJETE', reason: 'Intrus {marker}' },
    ...AGENT_ACTION,
  },
  'app/instruction/dossiers/[dossierId]/actions.ts#sendAgentMessageAction': {
    page: agentDossierPage('/echanges'),
    fields: { dossierId: '{dossier}', body: 'Intrus {marker}' },
    ...AGENT_ACTION,
  },
  'app/instruction/dossiers/[dossierId]/actions.ts#issueDocumentAction': {
    page: agentDossierPage(),
    fields: { dossierId: '{dossier}', title: 'Intrus {marker}', fileId: '{intruderFile}' },
    ...AGENT_ACTION,
  },
  'app/instruction/dossiers/[dossierId]/actions.ts#addPrivateNoteAction': {
    page: agentDossierPage('/notes'),
    fields: { dossierId: '{dossier}', body: 'Intrus {marker}' },
    ...AGENT_ACTION,
  },
  'app/instruction/agents/actions.ts#inviteAgentAction': {
    page: '/instruction/agents/inviter',
    fields: { email: '{marker}@exemple.test', firstName: 'Intrus', lastName: 'Intrus', role: 'ADMIN', procedureIds: '{procedure}' },
    ...AGENT_ACTION,
  },
  'app/instruction/agents/actions.ts#updateAgentAction': {
    page: agentPage,
    fields: { agentId: '{agent}', role: 'ADMIN', procedureIds: '{procedure}' },
    ...AGENT_ACTION,
  },
  'app/instruction/agents/actions.ts#resendAgentInvitationAction': { page: agentPage, fields: { agentId: '{agent}' }, ...AGENT_ACTION },
  'app/instruction/agents/actions.ts#disableAgentAction': { page: agentPage, fields: { agentId: '{agent}' }, ...AGENT_ACTION },
  'app/instruction/agents/actions.ts#enableAgentAction': { page: agentPage, fields: { agentId: '{agent}' }, ...AGENT_ACTION },
  'app/instruction/agents/actions.ts#resetAgentSecondFactorAction': { page: agentPage, fields: { agentId: '{agent}' }, ...AGENT_ACTION },
  'app/instruction/demarches/actions.ts#createProcedureAction': { page: '/instruction/demarches/nouveau', fields: procedureInfo, ...AGENT_ACTION },
  'app/instruction/demarches/actions.ts#updateProcedureInfoAction': { page: procedurePage, fields: procedureInfo, ...AGENT_ACTION },
  'app/instruction/demarches/actions.ts#saveFieldAction': {
    page: `${procedurePage}/formulaire`,
    fields: { procedureId: '{procedure}', type: 'text', label: 'Intrus {marker}' },
    ...AGENT_ACTION,
  },
  'app/instruction/demarches/actions.ts#moveFieldAction': {
    page: `${procedurePage}/formulaire`,
    fields: { procedureId: '{procedure}', itemId: 'nom-du-projet', direction: 'down' },
    ...AGENT_ACTION,
  },
  'app/instruction/demarches/actions.ts#removeFieldAction': {
    page: `${procedurePage}/formulaire`,
    fields: { procedureId: '{procedure}', itemId: 'nom-du-projet' },
    ...AGENT_ACTION,
  },
  'app/instruction/demarches/actions.ts#saveDocumentAction': {
    page: `${procedurePage}/pieces-justificatives`,
    fields: { procedureId: '{procedure}', label: 'Intrus {marker}' },
    ...AGENT_ACTION,
  },
  'app/instruction/demarches/actions.ts#moveDocumentAction': {
    page: `${procedurePage}/pieces-justificatives`,
    fields: { procedureId: '{procedure}', itemId: 'rib', direction: 'up' },
    ...AGENT_ACTION,
  },
  'app/instruction/demarches/actions.ts#removeDocumentAction': {
    page: `${procedurePage}/pieces-justificatives`,
    fields: { procedureId: '{procedure}', itemId: 'rib' },
    ...AGENT_ACTION,
  },
};
