import 'server-only';
import { isServable } from '@/lib/antivirus/scan-status';
import { db } from '@/lib/db';
import { AGENT_ONLY_EVENT_TYPES, eventLabel } from '@/lib/dossiers/event-labels';
import { formatAnswer } from '@/lib/dossiers/format-answer';
import { DOSSIER_STATUS_LABELS, isDecided } from '@/lib/dossiers/status';
import type { FileScanStatus, MemberFunction, Prisma, Role } from '@/lib/generated/prisma/client';
import { AUDIT_ACTION_LABELS } from '@/lib/instruction/audit-log/audit-action-labels';
import { isAnswerField } from '@/lib/procedures/field-definitions';
import { parseProcedureForm } from '@/lib/procedures/procedure-versions';
import { formatMemberFunction } from '@/lib/profiles/member-function';
import { profileContactSelect } from '@/lib/profiles/profile-contact';

// What an archive holds (issue 19, item 1): `donnees.json`, readable by the person (French keys,
// labels rather than codes, ISO dates), and the files it names under `fichiers/`. Never an
// agent's private note, a password hash, a token or an agent's name.

/** A stored file to copy into the archive at `path`, checked against its recorded SHA-256. */
export type ExportFile = { path: string; key: string; sha256: string; size: number };

export type ExportContent = { data: Record<string, unknown>; files: ExportFile[] };

type Person = { id: string; firstName: string; lastName: string; role: Role } | null;
type FileRow = { id: string; key: string; originalName: string; sha256: string; size: number; scanStatus: FileScanStatus };

const SIGN_IN_ACTIONS = [
  'login.success',
  'login.failure',
  'login.unverified',
  'login.throttled',
  'session.logout',
  'session.logout-everywhere',
  'mfa.success',
  'mfa.failure',
];
const SIGN_IN_HISTORY_LIMIT = 1000;

const fileSelect = { id: true, key: true, originalName: true, sha256: true, size: true, scanStatus: true } as const;
const personSelect = { id: true, firstName: true, lastName: true, role: true } as const;

const dossierSelect = {
  id: true,
  number: true,
  status: true,
  answers: true,
  createdAt: true,
  submittedAt: true,
  decidedAt: true,
  receiptFileId: true,
  procedure: { select: { title: true } },
  procedureVersion: { select: { fields: true, documents: true } },
  profile: { select: { name: true } },
  applicant: { select: { firstName: true, lastName: true } },
  events: {
    where: { type: { notIn: AGENT_ONLY_EVENT_TYPES } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { type: true, fromStatus: true, toStatus: true, message: true, createdAt: true, actor: { select: personSelect } },
  },
  attachments: {
    orderBy: { createdAt: 'asc' },
    select: { documentId: true, review: true, reviewMessage: true, createdAt: true, replacedById: true, file: { select: fileSelect } },
  },
  messages: {
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { body: true, createdAt: true, fromAgent: true, author: { select: personSelect }, files: { select: { file: { select: fileSelect } } } },
  },
  issuedDocuments: { orderBy: { createdAt: 'asc' }, select: { title: true, createdAt: true, file: { select: fileSelect } } },
} satisfies Prisma.DossierSelect;

type DossierRow = Prisma.DossierGetPayload<{ select: typeof dossierSelect }>;

const REVIEW_LABELS = { EN_ATTENTE: 'En attente de vérification', VALIDE: 'Validé', REJETE: 'Rejeté' } as const;

/** Names unique inside the archive, whatever the people named their files. */
class FileCollector {
  readonly files: ExportFile[] = [];
  private readonly used = new Set<string>();

  /** The file's path in the archive, or a sentence saying why it is not there. */
  add(folder: string, file: FileRow): string {
    if (!isServable(file.scanStatus)) return 'Non inclus : fichier bloqué par l’antivirus ou en cours d’analyse';
    const name = file.originalName.replace(/[/\\]/g, '_') || 'fichier';
    let path = `fichiers/${folder}/${name}`;
    for (let n = 2; this.used.has(path); n += 1) path = `fichiers/${folder}/${n}-${name}`;
    this.used.add(path);
    this.files.push({ path, key: file.key, sha256: file.sha256, size: file.size });
    return path;
  }
}

function byWhom(viewerId: string | null, person: Person): string {
  if (person?.role !== 'USAGER') return 'Les services';
  if (person.id === viewerId) return 'Vous';
  return `${person.firstName} ${person.lastName}`;
}

/** `fichiers/2026-000123/…`; a draft has no number yet. */
const folderOf = (dossier: { id: string; number: string | null }) => dossier.number ?? `brouillon-${dossier.id.slice(0, 8)}`;

function dossierEntry(dossier: DossierRow, viewerId: string | null, files: FileCollector): Record<string, unknown> {
  const form = parseProcedureForm(dossier.procedureVersion);
  const answers = (dossier.answers ?? {}) as Record<string, unknown>;
  const documentLabels = new Map(form.documents.map((document) => [document.id, document.label]));
  const folder = folderOf(dossier);
  const decision = isDecided(dossier.status)
    ? {
        decision: DOSSIER_STATUS_LABELS[dossier.status],
        decideLe: dossier.decidedAt?.toISOString() ?? null,
        motif: dossier.events.findLast((event) => event.type === 'decision')?.message ?? null,
      }
    : null;
  return {
    numero: dossier.number,
    demarche: dossier.procedure.title,
    statut: DOSSIER_STATUS_LABELS[dossier.status],
    demandeur: `${dossier.applicant.firstName} ${dossier.applicant.lastName}`,
    profil: dossier.profile?.name ?? null,
    creeLe: dossier.createdAt.toISOString(),
    deposeLe: dossier.submittedAt?.toISOString() ?? null,
    decision,
    reponses: form.fields.filter(isAnswerField).map((field) => ({ question: field.label, reponse: formatAnswer(field, answers[field.id]) })),
    justificatifs: dossier.attachments.map((attachment) => ({
      document: documentLabels.get(attachment.documentId) ?? 'Justificatif',
      nomDuFichier: attachment.file.originalName,
      fichier: files.add(folder, attachment.file),
      deposeLe: attachment.createdAt.toISOString(),
      verification: REVIEW_LABELS[attachment.review],
      motif: attachment.reviewMessage,
      remplace: attachment.replacedById !== null,
    })),
    echanges: dossier.messages.map((message) => ({
      date: message.createdAt.toISOString(),
      de: message.fromAgent ? 'Les services' : byWhom(viewerId, message.author),
      message: message.body,
      fichiers: message.files.map(({ file }) => ({ nomDuFichier: file.originalName, fichier: files.add(folder, file) })),
    })),
    documentsRecus: dossier.issuedDocuments.map((document) => ({
      titre: document.title,
      recuLe: document.createdAt.toISOString(),
      fichier: files.add(folder, document.file),
    })),
    historique: dossier.events.map((event) => ({
      date: event.createdAt.toISOString(),
      par: byWhom(viewerId, event.actor),
      evenement:
        event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus
          ? `${eventLabel(event.type)} : ${DOSSIER_STATUS_LABELS[event.fromStatus]} → ${DOSSIER_STATUS_LABELS[event.toStatus]}`
          : eventLabel(event.type),
      message: event.message,
    })),
  };
}

async function addReceipts(dossiers: DossierRow[], entries: Record<string, unknown>[], files: FileCollector): Promise<void> {
  const ids = dossiers.flatMap((dossier) => (dossier.receiptFileId ? [dossier.receiptFileId] : []));
  if (ids.length === 0) return;
  const receipts = new Map((await db.storedFile.findMany({ where: { id: { in: ids } }, select: fileSelect })).map((file) => [file.id, file]));
  dossiers.forEach((dossier, index) => {
    const receipt = dossier.receiptFileId ? receipts.get(dossier.receiptFileId) : undefined;
    if (receipt) entries[index].recepisse = files.add(folderOf(dossier), receipt);
  });
}

async function dossierEntries(where: Prisma.DossierWhereInput, viewerId: string | null, files: FileCollector) {
  const dossiers = await db.dossier.findMany({ where, orderBy: { createdAt: 'asc' }, select: dossierSelect });
  const entries = dossiers.map((dossier) => dossierEntry(dossier, viewerId, files));
  await addReceipts(dossiers, entries, files);
  return entries;
}

type MembershipRow = { function: MemberFunction; functionDetail: string | null; isAdmin: boolean; joinedAt: Date };

function membershipEntry(membership: MembershipRow) {
  return {
    fonction: formatMemberFunction(membership.function, membership.functionDetail),
    administrateur: membership.isAdmin,
    membreDepuis: membership.joinedAt.toISOString(),
  };
}

/** Documents sent outside any dossier of the archive. */
function receivedEntries(documents: { title: string; createdAt: Date; file: FileRow }[], files: FileCollector) {
  return documents.map((document) => ({
    titre: document.title,
    recuLe: document.createdAt.toISOString(),
    fichier: files.add('documents-recus', document.file),
  }));
}

/** The person's own data: account, sign-ins, profiles, every dossier they filed, documents sent to them. */
export async function collectPersonalData(userId: string, now: Date): Promise<ExportContent> {
  const files = new FileCollector();
  const user = await db.user.findUniqueOrThrow({
    where: { id: userId },
    select: { firstName: true, lastName: true, email: true, createdAt: true, emailVerifiedAt: true, franceConnectSub: true },
  });
  const signIns = await db.auditLog.findMany({
    where: { actorId: userId, action: { in: SIGN_IN_ACTIONS } },
    orderBy: { createdAt: 'desc' },
    take: SIGN_IN_HISTORY_LIMIT,
    select: { action: true, createdAt: true, ip: true },
  });
  const memberships = await db.membership.findMany({
    where: { userId },
    orderBy: { joinedAt: 'asc' },
    select: { function: true, functionDetail: true, isAdmin: true, joinedAt: true, profile: { select: { name: true } } },
  });
  const dossiers = await dossierEntries({ applicantId: userId }, userId, files);
  // Documents sent to the person outside their own dossiers (a dossier of a profile, or none).
  const received = await db.issuedDocument.findMany({
    where: { recipientUserId: userId, OR: [{ dossierId: null }, { dossier: { applicantId: { not: userId } } }] },
    orderBy: { createdAt: 'asc' },
    select: { title: true, createdAt: true, file: { select: fileSelect } },
  });
  return {
    files: files.files,
    data: {
      genereLe: now.toISOString(),
      compte: {
        prenom: user.firstName,
        nom: user.lastName,
        courriel: user.email,
        compteCreeLe: user.createdAt.toISOString(),
        courrielConfirmeLe: user.emailVerifiedAt?.toISOString() ?? null,
        lieAFranceConnect: user.franceConnectSub !== null,
      },
      historiqueDeConnexion: signIns.map((entry) => ({
        date: entry.createdAt.toISOString(),
        evenement: AUDIT_ACTION_LABELS[entry.action] ?? entry.action,
        adresseIp: entry.ip,
      })),
      profils: memberships.map((membership) => ({ profil: membership.profile.name, ...membershipEntry(membership) })),
      dossiers,
      documentsRecus: receivedEntries(received, files),
    },
  };
}

/** An association's data, for one of its administrators: the profile, its members, its deposited dossiers. */
export async function collectProfileData(profileId: string, requesterId: string, now: Date): Promise<ExportContent> {
  const files = new FileCollector();
  const profile = await db.profile.findUniqueOrThrow({
    where: { id: profileId },
    select: {
      name: true,
      ...profileContactSelect,
      object: true,
      createdAt: true,
      memberships: {
        orderBy: { joinedAt: 'asc' },
        select: { function: true, functionDetail: true, isAdmin: true, joinedAt: true, user: { select: { firstName: true, lastName: true } } },
      },
    },
  });
  // Drafts are their author's alone (lib/dossiers/dossier-access.ts).
  const dossiers = await dossierEntries({ profileId, status: { not: 'BROUILLON' } }, requesterId, files);
  const received = await db.issuedDocument.findMany({
    where: { recipientProfileId: profileId, dossierId: null },
    orderBy: { createdAt: 'asc' },
    select: { title: true, createdAt: true, file: { select: fileSelect } },
  });
  const { memberships, createdAt, ...info } = profile;
  return {
    files: files.files,
    data: {
      genereLe: now.toISOString(),
      profil: {
        nom: info.name,
        rna: info.rna,
        siret: info.siret,
        adresse: `${info.addressLine}, ${info.postalCode} ${info.city}`,
        courrielDeContact: info.contactEmail,
        telephone: info.contactPhone,
        objet: info.object,
        creeLe: createdAt.toISOString(),
      },
      membres: memberships.map((membership) => ({ prenom: membership.user.firstName, nom: membership.user.lastName, ...membershipEntry(membership) })),
      dossiers,
      documentsRecus: receivedEntries(received, files),
    },
  };
}
