import { describe, expect, it } from 'vitest';
import { changeEmailSchema, changePasswordSchema, loginSchema, registerSchema, resetPasswordSchema, updatePersonalDataSchema } from './account';

const validRegistration = {
  firstName: ' Jeanne ',
  lastName: 'Martin',
  email: ' Jeanne.Martin@Exemple.FR ',
  password: 'Vélo-Rouge7',
  passwordConfirmation: 'Vélo-Rouge7',
};

function fieldErrors(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  const errors: Record<string, string> = {};
  for (const issue of result.error?.issues ?? []) errors[String(issue.path[0])] ??= issue.message;
  return errors;
}

describe('registerSchema', () => {
  it('trims the names and lower-cases the address', () => {
    const result = registerSchema.parse(validRegistration);
    expect(result).toMatchObject({ firstName: 'Jeanne', lastName: 'Martin', email: 'jeanne.martin@exemple.fr' });
  });

  it('ignores fields it does not know (a forged role stays out)', () => {
    const result = registerSchema.parse({ ...validRegistration, role: 'ADMIN', emailVerifiedAt: '2020-01-01' });
    expect(result).not.toHaveProperty('role');
    expect(result).not.toHaveProperty('emailVerifiedAt');
  });

  it('says how to fix each empty field', () => {
    expect(fieldErrors(registerSchema.safeParse({}))).toEqual({
      firstName: 'Saisissez votre prénom',
      lastName: 'Saisissez votre nom',
      email: 'Saisissez votre adresse courriel',
      password: 'Saisissez un mot de passe',
      passwordConfirmation: 'Saisissez de nouveau le mot de passe',
    });
  });

  it('refuses an invalid address with an example', () => {
    expect(fieldErrors(registerSchema.safeParse({ ...validRegistration, email: 'jeanne@' })).email).toBe(
      'Saisissez une adresse courriel valide, par exemple nom@exemple.fr',
    );
  });

  it('refuses a confirmation that differs', () => {
    expect(fieldErrors(registerSchema.safeParse({ ...validRegistration, passwordConfirmation: 'Vélo-Rouge8' }))).toEqual({
      passwordConfirmation: 'Les deux mots de passe ne correspondent pas',
    });
  });

  it('refuses a name that could inject an email header', () => {
    const result = registerSchema.safeParse({ ...validRegistration, lastName: 'Martin\r\nBcc: victime@exemple.fr' });
    expect(fieldErrors(result).lastName).toBe('Saisissez un nom sans retour à la ligne ni caractère invisible');
  });

  it('refuses names over 100 characters', () => {
    expect(fieldErrors(registerSchema.safeParse({ ...validRegistration, firstName: 'a'.repeat(101) })).firstName).toBe(
      'Le prénom doit contenir au plus 100 caractères',
    );
  });

  it('refuses a password made of the person’s name', () => {
    const result = registerSchema.safeParse({ ...validRegistration, password: 'Martin-2026!', passwordConfirmation: 'Martin-2026!' });
    expect(fieldErrors(result).password).toBe('Le mot de passe ne doit pas contenir votre prénom, votre nom ou votre adresse courriel');
  });
});

describe('loginSchema', () => {
  it('keeps the password exactly as typed', () => {
    expect(loginSchema.parse({ email: 'A@Exemple.fr', password: ' secret ' })).toEqual({ email: 'a@exemple.fr', password: ' secret ' });
  });

  it('does not apply the new-password rules (old passwords still sign in)', () => {
    expect(loginSchema.safeParse({ email: 'a@exemple.fr', password: 'x' }).success).toBe(true);
  });
});

describe('resetPasswordSchema', () => {
  it('needs the token and a new password that meets the policy', () => {
    expect(fieldErrors(resetPasswordSchema.safeParse({ password: 'azerty', passwordConfirmation: 'azerty' }))).toMatchObject({
      token: 'Ce lien n’est pas valide',
      password: 'Le mot de passe doit contenir au moins 8 caractères',
    });
  });
});

describe('changePasswordSchema', () => {
  it('asks for the current password and a different new one', () => {
    const result = changePasswordSchema.safeParse({
      currentPassword: 'Vélo-Rouge7',
      newPassword: 'Vélo-Rouge7',
      newPasswordConfirmation: 'Vélo-Rouge7',
    });
    expect(fieldErrors(result)).toEqual({ newPassword: 'Choisissez un mot de passe différent de votre mot de passe actuel' });
    expect(fieldErrors(changePasswordSchema.safeParse({})).currentPassword).toBe('Saisissez votre mot de passe actuel');
  });
});

describe('changeEmailSchema and updatePersonalDataSchema', () => {
  it('normalise what they keep', () => {
    expect(changeEmailSchema.parse({ newEmail: ' Neuf@Exemple.fr', currentPassword: 'x' })).toEqual({
      newEmail: 'neuf@exemple.fr',
      currentPassword: 'x',
    });
    expect(updatePersonalDataSchema.parse({ firstName: ' Léa ', lastName: " D'Arc ", userId: 'other' })).toEqual({
      firstName: 'Léa',
      lastName: "D'Arc",
    });
  });
});
