import { z } from 'zod';
import { isFutureParisDay } from '@/lib/dossiers/complement-due-date';
import { parseDateAnswer } from '@/lib/procedures/answers-schema';
import { LONG_TEXT_MAX_LENGTH, longTextTooLong } from '@/lib/validation/limits';

export const DOCUMENT_TITLE_MAX_LENGTH = 200;

const dossierId = z.uuid();
const version = z.coerce.number({ error: 'Actualisez la page puis recommencez.' }).int().min(0);
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .optional()
    .transform((value) => (value ? value : undefined));
const optionalUuid = z
  .union([z.uuid(), z.literal('')])
  .optional()
  .transform((value) => (value ? value : undefined));

const body = (required: string) => z.string().trim().min(1, required).max(LONG_TEXT_MAX_LENGTH, longTextTooLong('Le texte'));
const reason = optionalText(LONG_TEXT_MAX_LENGTH, longTextTooLong('Le motif'));

/** A motif is what the applicant reads to understand a refusal: required except for an acceptance. */
const decision = z
  .object({
    dossierId,
    version,
    decision: z.enum(['ACCEPTE', 'REFUSE', 'SANS_SUITE'], { error: 'Choisissez une décision.' }),
    reason,
    fileId: optionalUuid,
    title: optionalText(DOCUMENT_TITLE_MAX_LENGTH, 'Le titre du document doit contenir entre 1 et 200 caractères.'),
  })
  .superRefine((value, context) => {
    if (value.decision !== 'ACCEPTE' && !value.reason) context.addIssue({ code: 'custom', path: ['reason'], message: 'Saisissez le motif de la décision.' });
  });

const review = z
  .object({
    dossierId,
    attachmentId: z.uuid({ error: 'Justificatif introuvable.' }),
    decision: z.enum(['VALIDE', 'REJETE']),
    reason,
    expectedReview: z.enum(['EN_ATTENTE', 'VALIDE', 'REJETE']).optional(),
  })
  .superRefine((value, context) => {
    if (value.decision === 'REJETE' && !value.reason) context.addIssue({ code: 'custom', path: ['reason'], message: 'Saisissez le motif du rejet.' });
  });

export const DUE_DATE_MISSING = 'Saisissez la date limite de réponse.';
export const DUE_DATE_INVALID = 'Saisissez une date limite de réponse valide, par exemple 31/12/2026.';
export const DUE_DATE_NOT_FUTURE = 'La date limite de réponse doit être après aujourd’hui.';

/** « Date limite de réponse »: a date input's value (or 31/12/2026 typed), after today in Paris; as YYYY-MM-DD. */
const dueOn = z
  .string(DUE_DATE_MISSING)
  .trim()
  .transform((value, context) => {
    if (!value) {
      context.addIssue({ code: 'custom', message: DUE_DATE_MISSING });
      return z.NEVER;
    }
    const day = parseDateAnswer(value);
    if (!day) {
      context.addIssue({ code: 'custom', message: DUE_DATE_INVALID });
      return z.NEVER;
    }
    if (!isFutureParisDay(day)) {
      context.addIssue({ code: 'custom', message: DUE_DATE_NOT_FUTURE });
      return z.NEVER;
    }
    return day;
  });

export const instructionSchemas = {
  version: z.object({ dossierId, version }),
  complement: z.object({ dossierId, version, body: body('Précisez les informations demandées.'), dueOn }),
  decision,
  reopen: z.object({ dossierId, version, reason: z.string().trim().min(1, 'Saisissez le motif.').max(LONG_TEXT_MAX_LENGTH, longTextTooLong('Le motif')) }),
  review,
  document: z.object({
    dossierId,
    title: z
      .string()
      .trim()
      .min(1, 'Saisissez le titre du document.')
      .max(DOCUMENT_TITLE_MAX_LENGTH, `Le titre doit contenir au plus ${DOCUMENT_TITLE_MAX_LENGTH} caractères.`),
    fileId: z.uuid({ error: 'Choisissez le fichier à envoyer.' }),
  }),
  note: z.object({ dossierId, body: body('Écrivez la note.') }),
};

export const followSchema = z.object({ dossierId: z.uuid({ error: 'Ce dossier est introuvable.' }), follow: z.enum(['1', '0']) });
