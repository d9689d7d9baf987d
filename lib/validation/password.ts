import { z } from 'zod';
import { isCommonPassword } from './common-passwords';

// The password policy of the users' guide (≥ 8 characters, 1 uppercase, 1 lowercase, 1 special)
// plus what CNIL case 2 and ASVS ask on top of it: a maximum length (argon2 cost stays bounded)
// and a refusal of common passwords. Shared by the live checklist (client) and the server.

export const PASSWORD_MIN_LENGTH = 8;
export const AGENT_PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 128;

export type PasswordRule = {
  id: 'length' | 'uppercase' | 'lowercase' | 'special';
  label: string;
  message: string;
  test: (password: string) => boolean;
};

/** Length in characters as a person counts them (an emoji or « é » is one). */
function characterCount(value: string): number {
  return [...value].length;
}

function buildRules(minLength: number): PasswordRule[] {
  return [
    {
      id: 'length',
      label: `Au moins ${minLength} caractères`,
      message: `Le mot de passe doit contenir au moins ${minLength} caractères`,
      test: (password) => characterCount(password) >= minLength,
    },
    {
      id: 'uppercase',
      label: 'Au moins 1 lettre majuscule',
      message: 'Le mot de passe doit contenir au moins 1 lettre majuscule',
      test: (password) => /\p{Lu}/u.test(password),
    },
    {
      id: 'lowercase',
      label: 'Au moins 1 lettre minuscule',
      message: 'Le mot de passe doit contenir au moins 1 lettre minuscule',
      test: (password) => /\p{Ll}/u.test(password),
    },
    {
      id: 'special',
      label: 'Au moins 1 caractère spécial',
      message: 'Le mot de passe doit contenir au moins 1 caractère spécial, par exemple ! ? @ # ou -',
      test: (password) => /[^\p{L}\p{N}]/u.test(password),
    },
  ];
}

export const passwordRules: readonly PasswordRule[] = buildRules(PASSWORD_MIN_LENGTH);
export const agentPasswordRules: readonly PasswordRule[] = buildRules(AGENT_PASSWORD_MIN_LENGTH);

export const COMMON_PASSWORD_MESSAGE = 'Ce mot de passe est trop courant. Choisissez-en un autre.';
export const PERSONAL_INFO_PASSWORD_MESSAGE = 'Le mot de passe ne doit pas contenir votre prénom, votre nom ou votre adresse courriel';

function buildPasswordSchema(rules: readonly PasswordRule[], emptyMessage: string) {
  return z
    .string(emptyMessage)
    .min(1, emptyMessage)
    .superRefine((password, ctx) => {
      for (const rule of rules) {
        if (!rule.test(password)) ctx.addIssue({ code: 'custom', message: rule.message });
      }
      if (characterCount(password) > PASSWORD_MAX_LENGTH) {
        ctx.addIssue({ code: 'custom', message: `Le mot de passe doit contenir au plus ${PASSWORD_MAX_LENGTH} caractères` });
      }
      if (isCommonPassword(password)) ctx.addIssue({ code: 'custom', message: COMMON_PASSWORD_MESSAGE });
    });
}

export const passwordSchema = buildPasswordSchema(passwordRules, 'Saisissez un mot de passe');
export const newPasswordSchema = buildPasswordSchema(passwordRules, 'Saisissez un nouveau mot de passe');
/** Agents reach personal data of many people: longer passwords (ANSSI, CNIL case 1). */
export const agentPasswordSchema = buildPasswordSchema(agentPasswordRules, 'Saisissez un mot de passe');

function normaliseForComparison(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Parts of a person's identity long enough that finding them in a password is not chance. */
function personalWords({ email, firstName, lastName }: PersonalInfo): string[] {
  const localPart = email.split('@')[0] ?? '';
  const words = [localPart, ...localPart.split(/[._+-]+/), ...`${firstName} ${lastName}`.split(/[\s'’-]+/)];
  return words.map(normaliseForComparison).filter((word) => word.length >= 4);
}

export type PersonalInfo = { email: string; firstName: string; lastName: string };

export function containsPersonalInfo(password: string, person: PersonalInfo): boolean {
  const normalised = normaliseForComparison(password);
  return personalWords(person).some((word) => normalised.includes(word));
}
