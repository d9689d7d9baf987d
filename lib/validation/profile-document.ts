import { z } from 'zod';
import { parseDateAnswer } from '@/lib/procedures/answers-schema';
import { PROFILE_DOCUMENT_TYPE_KEYS, PROFILE_DOCUMENT_TYPES } from '@/lib/profile-documents/document-types';
import { hiddenId } from './hidden-id';

// The porte-documents' forms: « Ajouter un document » (which replaces the current one of its type),
// « Retirer » and « Enregistrer aussi dans les documents de l'association » from a draft.

export const VALID_UNTIL_MISSING = 'Saisissez la date de fin de validité, par exemple 31/12/2027';
const VALID_UNTIL_INVALID = 'Saisissez une date valide, par exemple 31/12/2027, ou laissez vide';

/** « Valable jusqu'au »: a date input's value or 31/12/2027, as YYYY-MM-DD; null when empty. */
const validUntil = z
  .string()
  .trim()
  .optional()
  .transform((value, context) => {
    if (!value) return null;
    const day = parseDateAnswer(value);
    if (!day) context.addIssue({ code: 'custom', message: VALID_UNTIL_INVALID });
    return day;
  });

export const profileDocumentTypeSchema = z.enum(PROFILE_DOCUMENT_TYPE_KEYS, { error: 'Choisissez le type de document' });

export const addProfileDocumentSchema = z
  .object({
    profileId: hiddenId,
    type: profileDocumentTypeSchema,
    fileId: z.uuid({ error: 'Choisissez le fichier à envoyer' }),
    validUntil,
  })
  .superRefine((input, context) => {
    if (PROFILE_DOCUMENT_TYPES[input.type].expires && !input.validUntil)
      context.addIssue({ code: 'custom', path: ['validUntil'], message: VALID_UNTIL_MISSING });
  });

export type AddProfileDocumentInput = z.output<typeof addProfileDocumentSchema>;

export const profileDocumentTargetSchema = z.object({ profileId: hiddenId, documentId: hiddenId });

/** From a draft: the justificatif joined for `documentId` (the démarche's document) goes to the porte-documents. */
export const saveJustificatifToProfileSchema = z.object({ dossierId: hiddenId, documentId: z.string().trim().min(1).max(100), validUntil });

export type SaveJustificatifToProfileInput = z.output<typeof saveJustificatifToProfileSchema>;
