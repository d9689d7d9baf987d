import { z } from 'zod';
import { hiddenId } from './hidden-id';

// The applicant's forms before deposit: « Pour qui ? », the draft (« Enregistrer le brouillon »,
// « Déposer », its autosave), a justificatif joined to it, « Supprimer le brouillon ». The answers
// of a draft depend on its démarche's version: the domain keeps and checks them
// (keepDraftAnswers, buildAnswersSchema of lib/procedures/answers-schema.ts).

/** « Pour qui ? »: the démarche, the chosen profile (none for particuliers) and the form's one-time key. */
export const startDossierSchema = z.object({
  procedureSlug: z.string().min(1).max(200),
  profileId: z
    .union([z.literal(''), z.uuid('Choisissez le profil de l’association pour laquelle vous faites la demande')])
    .optional()
    .transform((value) => value || null),
  idempotencyKey: z.uuid('Ce formulaire a expiré. Rechargez la page et recommencez.'),
});

// .loose(): the answers are named by field id, which only the dossier's version knows; the domain keeps those.
export const draftFormSchema = z
  .object({
    dossierId: hiddenId,
    /** The button pressed; the autosave posts none. */
    intent: z.enum(['deposer', 'enregistrer']).optional(),
  })
  .loose();

export const JUSTIFICATIF_NOT_ATTACHED = 'Ce fichier n’a pas pu être joint. Choisissez-le à nouveau.';

/** After an upload to /api/fichiers: that file joined to the draft as the justificatif `documentId`. */
export const attachJustificatifSchema = z.object({
  dossierId: z.uuid(JUSTIFICATIF_NOT_ATTACHED),
  documentId: z.string(JUSTIFICATIF_NOT_ATTACHED).min(1, JUSTIFICATIF_NOT_ATTACHED).max(60, JUSTIFICATIF_NOT_ATTACHED),
  fileId: z.uuid(JUSTIFICATIF_NOT_ATTACHED),
});

export const draftTargetSchema = z.object({ dossierId: hiddenId });
