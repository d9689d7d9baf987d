import { z } from 'zod';
import { formList } from './form-list';
import { LONG_TEXT_MAX_LENGTH, longTextTooLong } from './limits';

export const MESSAGE_FILES_MAX = 10;

export const dossierMessageSchema = z.object({
  body: z.string().trim().min(1, 'Saisissez votre message.').max(LONG_TEXT_MAX_LENGTH, longTextTooLong('Le message')),
  fileIds: formList(
    z.uuid({ error: 'Les pièces jointes sont invalides : envoyez-les de nouveau.' }),
    MESSAGE_FILES_MAX,
    `Joignez au plus ${MESSAGE_FILES_MAX} fichiers.`,
  ),
});
