import { describe, expect, it } from 'vitest';
import { isCommonPassword } from './common-passwords';
import { agentPasswordSchema, COMMON_PASSWORD_MESSAGE, containsPersonalInfo, passwordRules, passwordSchema } from './password';

function errorsOf(schema: typeof passwordSchema, password: string): string[] {
  const result = schema.safeParse(password);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe('passwordSchema (the users’ guide rule + common passwords)', () => {
  it('accepts a password that meets every rule', () => {
    expect(errorsOf(passwordSchema, 'Vélo-Rouge7')).toEqual([]);
  });

  it('refuses 7 characters and accepts 8', () => {
    expect(errorsOf(passwordSchema, 'Gr!v8zQ')).toEqual(['Le mot de passe doit contenir au moins 8 caractères']);
    expect(errorsOf(passwordSchema, 'Gr!v8zQx')).toEqual([]);
  });

  it('accepts 64 characters and refuses more than 128', () => {
    const long = `Aa!${'x7k9'.repeat(16)}`.slice(0, 64);
    expect(long).toHaveLength(64);
    expect(errorsOf(passwordSchema, long)).toEqual([]);
    expect(errorsOf(passwordSchema, `Aa!${'x'.repeat(126)}`)).toEqual(['Le mot de passe doit contenir au plus 128 caractères']);
  });

  it.each([
    ['gr!v8zqx', 'Le mot de passe doit contenir au moins 1 lettre majuscule'],
    ['GR!V8ZQX', 'Le mot de passe doit contenir au moins 1 lettre minuscule'],
    ['Grv8zQxa', 'Le mot de passe doit contenir au moins 1 caractère spécial, par exemple ! ? @ # ou -'],
  ])('refuses %s: %s', (password, message) => {
    expect(errorsOf(passwordSchema, password)).toEqual([message]);
  });

  it('counts accented letters and spaces as people do', () => {
    expect(errorsOf(passwordSchema, 'Élan vital')).toEqual([]);
  });

  it('asks for a password when the field is empty or missing', () => {
    expect(errorsOf(passwordSchema, '')[0]).toBe('Saisissez un mot de passe');
    expect(passwordSchema.safeParse(undefined).error?.issues[0]?.message).toBe('Saisissez un mot de passe');
  });

  it.each(['Motdepasse1!', 'Azerty123!', 'P@ssw0rd!', 'Password1!', 'Soleil2024!', 'Marseille13!', 'Bonjour!!', 'J3taime!!'])(
    'refuses the common password %s',
    (password) => {
      expect(errorsOf(passwordSchema, password)).toEqual([COMMON_PASSWORD_MESSAGE]);
    },
  );
});

describe('isCommonPassword', () => {
  it('sees through case, accents, digits and symbols around the word, and leetspeak', () => {
    expect(isCommonPassword('AZERTY')).toBe(true);
    expect(isCommonPassword('!!Département2026')).toBe(true);
    expect(isCommonPassword('L0ul0u!')).toBe(true);
    expect(isCommonPassword('123456')).toBe(true);
  });

  it('lets through passwords that merely contain a common word', () => {
    expect(isCommonPassword('Soleil-de-Provence-42')).toBe(false);
    expect(isCommonPassword('Vélo-Rouge7')).toBe(false);
  });
});

describe('agentPasswordSchema', () => {
  it('asks agents for 12 characters', () => {
    expect(errorsOf(agentPasswordSchema, 'Gr!v8zQxa1b')).toEqual(['Le mot de passe doit contenir au moins 12 caractères']);
    expect(errorsOf(agentPasswordSchema, 'Gr!v8zQxa1bc')).toEqual([]);
  });
});

describe('passwordRules (the live checklist)', () => {
  it('lists the four rules of the users’ guide, in its words', () => {
    expect(passwordRules.map((rule) => rule.label)).toEqual([
      'Au moins 8 caractères',
      'Au moins 1 lettre majuscule',
      'Au moins 1 lettre minuscule',
      'Au moins 1 caractère spécial',
    ]);
  });

  it('ticks each rule independently', () => {
    const met = (password: string) => passwordRules.filter((rule) => rule.test(password)).map((rule) => rule.id);
    expect(met('')).toEqual([]);
    expect(met('a')).toEqual(['lowercase']);
    expect(met('aB!')).toEqual(['uppercase', 'lowercase', 'special']);
    expect(met('aB!45678')).toEqual(['length', 'uppercase', 'lowercase', 'special']);
  });
});

describe('containsPersonalInfo', () => {
  const person = { email: 'jeanne.martin@exemple.fr', firstName: 'Jeanne', lastName: 'Martin-Léger' };

  it('finds the name or the address in the password', () => {
    expect(containsPersonalInfo('Jeanne2026!', person)).toBe(true);
    expect(containsPersonalInfo('leger!Xyz9', person)).toBe(true);
    expect(containsPersonalInfo('x-jeanne.martin-1A', person)).toBe(true);
  });

  it('ignores short fragments that would match by chance', () => {
    expect(containsPersonalInfo('Vélo-Rouge7', { email: 'al@exemple.fr', firstName: 'Al', lastName: 'Vé' })).toBe(false);
  });
});
