import { z } from 'zod';
import { LONG_TEXT_MAX_LENGTH, longTextTooLong } from '@/lib/validation/limits';

// The fields of the back-office's dossier forms (app/instruction/dossiers/[dossierId]/actions.ts).
// Lengths and required texts are checked again by the domain functions, with the same messages.

const version = z.coerce.number({ error: 'Actualisez la page puis recommencez.' }).int().min(0);
const optionalText = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : undefined));
const optionalUuid = z
  .union([z.uuid(), z.literal('')])
  .optional()
  .transform((value) => (value ? value : undefined));

const body = (required: string) => z.string().trim().min(1, required).max(LONG_TEXT_MAX_LENGTH, longTextTooLong('Le texte'));

export const instructionSchemas = {
  version: z.object({ version }),
  complement: z.object({ version, body: body('Précisez les informations demandées.') }),
  decision: z.object({
    version,
    decision: z.enum(['ACCEPTE', 'REFUSE', 'SANS_SUITE'], { error: 'Choisissez une décision.' }),
    motif: optionalText,
    fichier: optionalUuid,
    title: optionalText,
  }),
  reopen: z.object({ version, motif: z.string().trim().min(1, 'Saisissez le motif.').max(LONG_TEXT_MAX_LENGTH, longTextTooLong('Le motif')) }),
  review: z.object({
    attachmentId: z.uuid({ error: 'Justificatif introuvable.' }),
    decision: z.enum(['VALIDE', 'REJETE']),
    motif: optionalText,
    expectedReview: z.enum(['EN_ATTENTE', 'VALIDE', 'REJETE']).optional(),
  }),
  message: z.object({ body: body('Écrivez votre message.') }),
  document: z.object({
    title: z.string().trim().min(1, 'Saisissez le titre du document.').max(200, 'Le titre doit contenir au plus 200 caractères.'),
    fichier: z.uuid({ error: 'Choisissez le fichier à envoyer.' }),
  }),
  note: z.object({ body: body('Écrivez la note.') }),
};
