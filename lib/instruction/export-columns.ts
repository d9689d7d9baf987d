import { formatAnswer } from '@/lib/dossiers/format-answer';
import { DOSSIER_STATUS_LABELS } from '@/lib/dossiers/status';
import { formatShortDate } from '@/lib/format/date';
import type { DossierStatus } from '@/lib/generated/prisma/enums';
import { isAnswerField, type AnswerField, type FieldDefinition } from '@/lib/procedures/field-definitions';

export type ExportedDossier = {
  number: string | null;
  status: DossierStatus;
  submittedAt: Date | null;
  decidedAt: Date | null;
  answers: unknown;
  applicant: { firstName: string; lastName: string; email: string };
  profile: { name: string; siret: string | null; rna: string | null } | null;
  /** The current justificatifs by review (a replaced one is not counted). */
  attachments: { total: number; validated: number; rejected: number; pending: number };
};

export const EXPORTABLE_STATUSES = (Object.keys(DOSSIER_STATUS_LABELS) as DossierStatus[]).filter((status) => status !== 'BROUILLON');

export function isExportableStatus(value: string): value is DossierStatus {
  return (EXPORTABLE_STATUSES as string[]).includes(value);
}

const FIXED_HEADERS = ['Numéro', 'Statut', 'Déposé le', 'Décidé le', 'Demandeur', 'Courriel', 'Profil', 'SIRET', 'RNA'];
const ATTACHMENT_HEADERS = ['Justificatifs', 'Justificatifs validés', 'Justificatifs rejetés', 'Justificatifs en attente'];

/** Latest fields first, then those only older versions had. Ids never change nor get reused, so answers match by id. */
export function answerColumns(versionsNewestFirst: readonly (readonly FieldDefinition[])[]): AnswerField[] {
  const columns = new Map<string, AnswerField>();
  for (const fields of versionsNewestFirst) {
    for (const field of fields) {
      if (isAnswerField(field) && !columns.has(field.id)) columns.set(field.id, field);
    }
  }
  return [...columns.values()];
}

export function exportHeader(columns: readonly AnswerField[]): string[] {
  return [...FIXED_HEADERS, ...columns.map((field) => field.label), ...ATTACHMENT_HEADERS];
}

/** An answer as text, like the receipt writes it, but an empty cell when there is none. */
export function formatExportAnswer(field: AnswerField, value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  if (typeof value === 'object') return JSON.stringify(value);
  return formatAnswer(field, value);
}

function answerOf(answers: unknown, id: string): unknown {
  return answers && typeof answers === 'object' && !Array.isArray(answers) ? (answers as Record<string, unknown>)[id] : undefined;
}

export function exportRow(dossier: ExportedDossier, columns: readonly AnswerField[]): string[] {
  return [
    dossier.number ?? '',
    DOSSIER_STATUS_LABELS[dossier.status],
    dossier.submittedAt ? formatShortDate(dossier.submittedAt) : '',
    dossier.decidedAt ? formatShortDate(dossier.decidedAt) : '',
    `${dossier.applicant.lastName} ${dossier.applicant.firstName}`,
    dossier.applicant.email,
    dossier.profile?.name ?? '',
    dossier.profile?.siret ?? '',
    dossier.profile?.rna ?? '',
    ...columns.map((field) => formatExportAnswer(field, answerOf(dossier.answers, field.id))),
    String(dossier.attachments.total),
    String(dossier.attachments.validated),
    String(dossier.attachments.rejected),
    String(dossier.attachments.pending),
  ];
}
