import { z } from 'zod';
import { containsPersonalInfo, newPasswordSchema, passwordSchema, PERSONAL_INFO_PASSWORD_MESSAGE } from './password';

// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point
export const CONTROL_CHARACTERS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]/;

export const PERSON_NAME_MAX_LENGTH = 100;
/** The longest address RFC 5321 lets through. */
export const EMAIL_MAX_LENGTH = 254;
/** An emailed link's token is far shorter: anything longer is not one. */
const TOKEN_MAX_LENGTH = 200;

export const noFieldsSchema = z.object({});

function personName(label: { missing: string; tooLong: string; invalid: string }) {
  return (
    z
      .string(label.missing)
      .trim()
      .min(1, label.missing)
      .max(PERSON_NAME_MAX_LENGTH, label.tooLong)
      // A line break in a name would end up in email headers and greetings.
      .refine((value) => !CONTROL_CHARACTERS.test(value), label.invalid)
  );
}

const firstName = personName({
  missing: 'Saisissez votre prénom',
  tooLong: `Le prénom doit contenir au plus ${PERSON_NAME_MAX_LENGTH} caractères`,
  invalid: 'Saisissez un prénom sans retour à la ligne ni caractère invisible',
});

const lastName = personName({
  missing: 'Saisissez votre nom',
  tooLong: `Le nom doit contenir au plus ${PERSON_NAME_MAX_LENGTH} caractères`,
  invalid: 'Saisissez un nom sans retour à la ligne ni caractère invisible',
});

const INVALID_EMAIL = 'Saisissez une adresse courriel valide, par exemple nom@exemple.fr';

export function emailAddress(missing: string) {
  return z.string(missing).trim().toLowerCase().min(1, missing).max(EMAIL_MAX_LENGTH, INVALID_EMAIL).pipe(z.email(INVALID_EMAIL));
}

export const emailSchema = emailAddress('Saisissez votre adresse courriel');

/** Passwords are never trimmed: they are checked exactly as typed. */
function typedPassword(missing: string) {
  return z.string(missing).min(1, missing);
}

const CONFIRMATION_MISMATCH = 'Les deux mots de passe ne correspondent pas';
const missingConfirmation = 'Saisissez de nouveau le mot de passe';

export const registerSchema = z
  .object({
    firstName,
    lastName,
    email: emailSchema,
    password: passwordSchema,
    passwordConfirmation: typedPassword(missingConfirmation),
  })
  .refine((form) => form.password === form.passwordConfirmation, {
    path: ['passwordConfirmation'],
    message: CONFIRMATION_MISMATCH,
  })
  .refine((form) => !containsPersonalInfo(form.password, form), {
    path: ['password'],
    message: PERSONAL_INFO_PASSWORD_MESSAGE,
  });

export const loginSchema = z.object({
  email: emailSchema,
  password: typedPassword('Saisissez votre mot de passe'),
});

export const resendConfirmationSchema = z.object({ email: emailSchema });

export const requestResetSchema = z.object({ email: emailSchema });

export const linkToken = z.string('Ce lien n’est pas valide').trim().min(1, 'Ce lien n’est pas valide').max(TOKEN_MAX_LENGTH);

export const confirmEmailSchema = z.object({ token: linkToken });

export const resetPasswordSchema = z
  .object({
    token: linkToken,
    password: newPasswordSchema,
    passwordConfirmation: typedPassword(missingConfirmation),
  })
  .refine((form) => form.password === form.passwordConfirmation, {
    path: ['passwordConfirmation'],
    message: CONFIRMATION_MISMATCH,
  });

export const updatePersonalDataSchema = z.object({ firstName, lastName });

export const changeEmailSchema = z.object({
  newEmail: emailAddress('Saisissez votre nouvelle adresse courriel'),
  currentPassword: typedPassword('Saisissez votre mot de passe actuel'),
});

export const changePasswordSchema = z
  .object({
    currentPassword: typedPassword('Saisissez votre mot de passe actuel'),
    newPassword: newPasswordSchema,
    newPasswordConfirmation: typedPassword(missingConfirmation),
  })
  .refine((form) => form.newPassword === form.newPasswordConfirmation, {
    path: ['newPasswordConfirmation'],
    message: CONFIRMATION_MISMATCH,
  })
  .refine((form) => form.newPassword !== form.currentPassword, {
    path: ['newPassword'],
    message: 'Choisissez un mot de passe différent de votre mot de passe actuel',
  });

export type RegisterInput = z.output<typeof registerSchema>;
export type LoginInput = z.output<typeof loginSchema>;
export type RequestResetInput = z.output<typeof requestResetSchema>;
export type ResetPasswordInput = z.output<typeof resetPasswordSchema>;
export type UpdatePersonalDataInput = z.output<typeof updatePersonalDataSchema>;
export type ChangeEmailInput = z.output<typeof changeEmailSchema>;
export type ChangePasswordInput = z.output<typeof changePasswordSchema>;

/** « Associer FranceConnect à mon compte » : the password of the account with FranceConnect's email. */
export const linkFranceConnectSchema = z.object({ password: loginSchema.shape.password });

/** « Délier FranceConnect » : the password the account keeps for signing in without it. */
export const unlinkFranceConnectSchema = z.object({ currentPassword: loginSchema.shape.password });

/** « Supprimer mon compte »: the password again (ASVS 6.2.3). */
export const deleteAccountSchema = z.object({ currentPassword: loginSchema.shape.password });
