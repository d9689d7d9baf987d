import { z } from 'zod';

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

const body = (required: string) => z.string().trim().min(1, required).max(5000, 'Le texte doit contenir au plus 5 000 caractères.');

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
  reopen: z.object({ version, motif: z.string().trim().min(1, 'Saisissez le motif.').max(5000, 'Le motif doit contenir au plus 5 000 caractères.') }),
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
