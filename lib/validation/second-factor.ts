import { z } from 'zod';

// The forms of an agent's second step. Spaces are allowed (apps show « 123 456 »); the server
// checks the code itself, these only say how to type it.

export const totpCodeSchema = z.object({
  code: z
    .string('Saisissez le code de vérification')
    .transform((value) => value.replace(/\s/g, ''))
    .pipe(
      z
        .string()
        .min(1, 'Saisissez le code de vérification')
        .regex(/^\d{6}$/, 'Le code de vérification est composé de 6 chiffres, par exemple 123456'),
    ),
});

/** A recovery code is 9 characters with its dash; a little more room for spaces typed around it. */
const RECOVERY_CODE_MAX_LENGTH = 20;

export const recoveryCodeSchema = z.object({
  recoveryCode: z
    .string('Saisissez un code de secours')
    .trim()
    .min(1, 'Saisissez un code de secours')
    .max(RECOVERY_CODE_MAX_LENGTH, 'Un code de secours est composé de 8 lettres et chiffres, par exemple K7QM-4TZP'),
});
