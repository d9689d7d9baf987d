import 'server-only';
import { createElement, type ReactElement } from 'react';
import { env } from '@/lib/env';
import { complementDueAt } from '@/lib/dossiers/complement-due-date';
import { dossierPath, draftPath } from '@/lib/dossiers/dossier-paths';
import { formatLongDate } from '@/lib/format/date';
import { profilePath } from '@/lib/profiles/profile-paths';
import AlreadyRegistered from '@/emails/already-registered';
import ConfirmEmail from '@/emails/confirm-email';
import ConfirmNewEmail from '@/emails/confirm-new-email';
import DossierSubmitted from '@/emails/dossier-submitted';
import EmailChangeRequested from '@/emails/email-change-requested';
import EmailChanged from '@/emails/email-changed';
import MemberJoined from '@/emails/member-joined';
import ProfileDocumentExpiring from '@/emails/profile-document-expiring';
import PasswordChanged from '@/emails/password-changed';
import ResetPassword from '@/emails/reset-password';
import AttachmentRejected from '@/emails/attachment-rejected';
import FileInfected from '@/emails/file-infected';
import ComplementAnswered from '@/emails/complement-answered';
import ComplementRequested from '@/emails/complement-requested';
import DocumentReceived from '@/emails/document-received';
import NewMessage from '@/emails/new-message';
import AgentInvitation from '@/emails/agent-invitation';
import DossierDecided from '@/emails/dossier-decided';
import InstructionReopened from '@/emails/instruction-reopened';
import InstructionStarted from '@/emails/instruction-started';
import DataExportReady, { dataExportReadyTitle } from '@/emails/data-export-ready';
import { dataExportsPath } from '@/lib/data-exports/data-export-paths';
import AccountDeleted, { type AccountDeletedProps } from '@/emails/account-deleted';
import AccountInactive from '@/emails/account-inactive';
import DraftExpiring from '@/emails/draft-expiring';
import { agentDossierPath } from '@/lib/instruction/instruction-paths';

// Props are what the caller knows; `build` adds what the app knows (URLs).

type EmailDefinition<Props> = {
  subject: (props: Props) => string;
  build: (props: Props) => ReactElement;
};

function defineEmail<Props>(definition: EmailDefinition<Props>): EmailDefinition<Props> {
  return definition;
}

/** Where someone who did not make a change can take their account back. */
function resetRequestUrl(): string {
  return `${env.APP_URL}/mot-de-passe/reinitialiser`;
}

type FirstName = { firstName: string };
type MemberJoinedProps = FirstName & { memberName: string; profileName: string; profileId: string };
type ProfileDocumentExpiringProps = FirstName & { profileName: string; profileId: string; documentLabel: string; validUntil: string };
type DossierSubmittedProps = FirstName & { number: string; procedureTitle: string; profileName: string | null; submittedAt: string; dossierId: string };
// Dossier follow-up: the caller gives the dossier's id, the URL is built here.
type DossierNoticeProps = FirstName & { dossierNumber: string; dossierId: string };
const dossierUrl = (dossierId: string, tab = '') => `${env.APP_URL}/mon-compte/dossiers/${dossierId}${tab}`;
/** `dueOn`: the Paris day to answer by (YYYY-MM-DD); both optional for messages queued before they existed. */
type ComplementRequestedEmailProps = DossierNoticeProps & { procedureTitle: string; request?: string; dueOn?: string };
type DossierDecidedEmailProps = DossierNoticeProps & {
  procedureTitle: string;
  decisionLabel: string;
  reason: string | null;
  documentTitle: string | null;
};

/** `expiresAt`: ISO date-time, said in the email as a Paris day. */
type DataExportReadyEmailProps = FirstName & { profileName: string | null; profileId: string | null; expiresAt: string };

export const emailDefinitions = {
  'confirm-email': defineEmail({
    subject: () => 'Confirmez votre adresse courriel',
    build: (props: FirstName & { url: string }) => createElement(ConfirmEmail, props),
  }),
  'already-registered': defineEmail({
    subject: () => 'Vous avez déjà un compte sur Guichet',
    build: (props: FirstName & { loginUrl: string; resetUrl: string }) => createElement(AlreadyRegistered, props),
  }),
  'reset-password': defineEmail({
    subject: () => 'Réinitialisation de votre mot de passe',
    build: (props: FirstName & { url: string }) => createElement(ResetPassword, props),
  }),
  'password-changed': defineEmail({
    subject: () => 'Votre mot de passe a été modifié',
    build: (props: FirstName) => createElement(PasswordChanged, { ...props, resetUrl: resetRequestUrl() }),
  }),
  'email-change-requested': defineEmail({
    subject: () => "Changement d'adresse courriel demandé",
    build: (props: FirstName & { newEmail: string }) => createElement(EmailChangeRequested, { ...props, resetUrl: resetRequestUrl() }),
  }),
  'confirm-new-email': defineEmail({
    subject: () => 'Confirmez votre nouvelle adresse courriel',
    build: (props: FirstName & { url: string }) => createElement(ConfirmNewEmail, props),
  }),
  'email-changed': defineEmail({
    subject: () => 'Votre adresse courriel a été modifiée',
    build: (props: FirstName & { newEmail: string }) => createElement(EmailChanged, props),
  }),
  // Once per version, 30 days before its « Valable jusqu'au » (lib/jobs/remind-expiring-documents.ts).
  'profile-document-expiring': defineEmail({
    subject: ({ profileName }: ProfileDocumentExpiringProps) => `Un document de ${profileName} arrive à échéance`,
    build: ({ profileId, ...props }: ProfileDocumentExpiringProps) =>
      createElement(ProfileDocumentExpiring, { ...props, url: `${env.APP_URL}${profilePath(profileId, 'documents')}` }),
  }),
  'member-joined': defineEmail({
    subject: ({ memberName, profileName }: MemberJoinedProps) => `${memberName} a rejoint ${profileName}`,
    build: ({ profileId, ...props }: MemberJoinedProps) =>
      createElement(MemberJoined, { ...props, url: `${env.APP_URL}${profilePath(profileId, 'composition')}` }),
  }),
  'dossier-submitted': defineEmail({
    subject: ({ number }: DossierSubmittedProps) => `Dossier n° ${number} : votre demande a été déposée`,
    build: ({ dossierId, ...props }: DossierSubmittedProps) => createElement(DossierSubmitted, { ...props, url: `${env.APP_URL}${dossierPath(dossierId)}` }),
  }),
  'complement-requested': defineEmail({
    subject: ({ dossierNumber }: ComplementRequestedEmailProps) => `Des informations complémentaires sont demandées pour votre dossier n° ${dossierNumber}`,
    build: ({ dossierId, dueOn, ...props }: ComplementRequestedEmailProps) =>
      createElement(ComplementRequested, { ...props, dueDate: dueOn ? formatLongDate(complementDueAt(dueOn)) : undefined, url: dossierUrl(dossierId) }),
  }),
  // To the agent who asked: the link opens the dossier in the back-office.
  'complement-answered': defineEmail({
    subject: ({ dossierNumber }: DossierNoticeProps & { procedureTitle: string }) => `Le demandeur a répondu pour le dossier n° ${dossierNumber}`,
    build: ({ dossierId, ...props }: DossierNoticeProps & { procedureTitle: string }) =>
      createElement(ComplementAnswered, { ...props, url: `${env.APP_URL}${agentDossierPath(dossierId)}` }),
  }),
  'attachment-rejected': defineEmail({
    subject: ({ dossierNumber }: DossierNoticeProps & { documentLabel: string }) => `Un justificatif de votre dossier n° ${dossierNumber} a été rejeté`,
    build: ({ dossierId, ...props }: DossierNoticeProps & { documentLabel: string }) =>
      createElement(AttachmentRejected, { ...props, url: dossierUrl(dossierId, '/justificatifs') }),
  }),
  // A file found infected after the fact: to its owner, with the dossier it belongs to, if any.
  'file-infected': defineEmail({
    subject: () => 'Un fichier que vous avez envoyé a été bloqué par l’antivirus',
    build: ({ dossierId, ...props }: FirstName & { fileName: string; dossierNumber: string | null; dossierId: string | null }) =>
      createElement(FileInfected, { ...props, url: dossierId ? dossierUrl(dossierId, '/justificatifs') : `${env.APP_URL}/mon-compte` }),
  }),
  'new-message': defineEmail({
    subject: ({ dossierNumber }: DossierNoticeProps) => `Nouveau message pour votre dossier n° ${dossierNumber}`,
    build: ({ dossierId, ...props }: DossierNoticeProps) => createElement(NewMessage, { ...props, url: dossierUrl(dossierId, '/echanges') }),
  }),
  'document-received': defineEmail({
    subject: () => 'Vous avez reçu un document',
    build: (props: FirstName & { title: string }) => createElement(DocumentReceived, { ...props, url: `${env.APP_URL}/mon-compte/documents-recus` }),
  }),
  // Agents (administration): the link carries the invitation's token, built by the caller.
  'agent-invitation': defineEmail({
    subject: () => 'Invitation à l’espace instruction de Guichet',
    build: (props: FirstName & { inviterName: string; roleLabel: string; url: string }) => createElement(AgentInvitation, props),
  }),
  'instruction-started': defineEmail({
    subject: ({ dossierNumber }: DossierNoticeProps & { procedureTitle: string }) => `Votre dossier n° ${dossierNumber} est en instruction`,
    build: ({ dossierId, ...props }: DossierNoticeProps & { procedureTitle: string }) =>
      createElement(InstructionStarted, { ...props, url: dossierUrl(dossierId) }),
  }),
  'dossier-decided': defineEmail({
    subject: ({ dossierNumber, decisionLabel }: DossierDecidedEmailProps) => `Décision sur votre dossier n° ${dossierNumber} : ${decisionLabel}`,
    build: ({ dossierId, ...props }: DossierDecidedEmailProps) => createElement(DossierDecided, { ...props, url: dossierUrl(dossierId) }),
  }),
  'instruction-reopened': defineEmail({
    subject: ({ dossierNumber }: DossierNoticeProps & { procedureTitle: string; reason: string }) =>
      `Votre dossier n° ${dossierNumber} est de nouveau en instruction`,
    build: ({ dossierId, ...props }: DossierNoticeProps & { procedureTitle: string; reason: string }) =>
      createElement(InstructionReopened, { ...props, url: dossierUrl(dossierId) }),
  }),
  // « Télécharger mes données »: to whoever asked; the link opens the page of the archive (signed in).
  'data-export-ready': defineEmail({
    subject: ({ profileName }: DataExportReadyEmailProps) => dataExportReadyTitle(profileName),
    build: ({ profileId, expiresAt, ...props }: DataExportReadyEmailProps) =>
      createElement(DataExportReady, { ...props, expiresOn: formatLongDate(new Date(expiresAt)), url: `${env.APP_URL}${dataExportsPath(profileId)}` }),
  }),
  // Retention (lib/retention).
  'draft-expiring': defineEmail({
    subject: () => 'Votre brouillon va être supprimé',
    build: ({ dossierId, ...props }: FirstName & { procedureTitle: string; deletedOn: string; dossierId: string }) =>
      createElement(DraftExpiring, { ...props, url: `${env.APP_URL}${draftPath(dossierId)}` }),
  }),
  'account-inactive': defineEmail({
    subject: () => 'Votre compte Guichet va être supprimé',
    build: (props: FirstName & { inactiveFor: string; deletedOn: string }) =>
      createElement(AccountInactive, { ...props, loginUrl: `${env.APP_URL}/connexion` }),
  }),
  'account-deleted': defineEmail({
    subject: () => 'Votre compte Guichet a été supprimé',
    build: (props: AccountDeletedProps) => createElement(AccountDeleted, props),
  }),
};

export type EmailTemplate = keyof typeof emailDefinitions;

export type EmailProps<T extends EmailTemplate> = Parameters<(typeof emailDefinitions)[T]['build']>[0];

export type EmailMessage = { [T in EmailTemplate]: { template: T; to: string; props: EmailProps<T> } }[EmailTemplate];

export function getEmailDefinition<T extends EmailTemplate>(template: T): EmailDefinition<EmailProps<T>> {
  // TypeScript cannot correlate a key with its entry in a union-typed lookup; the registry's
  // shape guarantees it.
  return emailDefinitions[template] as unknown as EmailDefinition<EmailProps<T>>;
}
