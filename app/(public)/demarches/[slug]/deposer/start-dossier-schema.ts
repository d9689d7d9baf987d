import { z } from 'zod';

/** « Pour qui ? »: the démarche, the chosen profile (none for particuliers) and the form's one-time key. */
export const startDossierSchema = z.object({
  procedureSlug: z.string().min(1).max(200),
  profileId: z.union([z.literal(''), z.uuid('Choisissez le profil de l’association pour laquelle vous faites la demande')]).optional(),
  idempotencyKey: z.uuid('Ce formulaire a expiré. Rechargez la page et recommencez.'),
});
