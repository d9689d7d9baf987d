import { z } from 'zod';
import { hiddenId } from './hidden-id';

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
    intent: z.enum(['submit', 'save']).optional(),
  })
  .loose();

export const JUSTIFICATIF_NOT_ATTACHED = 'Ce fichier n’a pas pu être joint. Choisissez-le à nouveau.';

export const attachJustificatifSchema = z.object({
  dossierId: z.uuid(JUSTIFICATIF_NOT_ATTACHED),
  documentId: z.string(JUSTIFICATIF_NOT_ATTACHED).min(1, JUSTIFICATIF_NOT_ATTACHED).max(60, JUSTIFICATIF_NOT_ATTACHED),
  fileId: z.uuid(JUSTIFICATIF_NOT_ATTACHED),
});

export const draftTargetSchema = z.object({ dossierId: hiddenId });
