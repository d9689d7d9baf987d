import { z } from 'zod';
import { FILE_UNAVAILABLE } from '@/lib/dossiers/dossier-failures';
import { dossierMessageSchema } from './dossier-message';
import { hiddenId } from './hidden-id';
import { LONG_TEXT_MAX_LENGTH, longTextTooLong } from './limits';

// .loose(): the answers are named by field id; the domain parses them with the schema of the dossier's own version.
export const complementAnswerSchema = z
  .object({
    dossierId: hiddenId,
    version: z.coerce
      .number('Le formulaire est incomplet. Actualisez la page puis recommencez.')
      .int('Le formulaire est incomplet. Actualisez la page puis recommencez.'),
    message: z.string().trim().max(LONG_TEXT_MAX_LENGTH, longTextTooLong('Le message')).optional(),
  })
  .loose();

export const replaceAttachmentSchema = z.object({
  attachmentId: hiddenId,
  fileId: z.uuid(FILE_UNAVAILABLE),
});

export const postMessageSchema = dossierMessageSchema.extend({ dossierId: hiddenId });
