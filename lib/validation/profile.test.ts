import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { parseForm } from '@/lib/actions/parse-form';
import { generateShareKey } from '@/lib/profiles/share-key-code';
import { createProfileSchema, joinProfileSchema, memberFunctionSchema, profileInfoSchema } from './profile';

function formData(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

const validProfile = {
  name: 'Les Amis du Vieux Moulin',
  rna: 'w751 234 567',
  siret: '',
  addressLine: '3 rue des Tanneurs',
  postalCode: '75001',
  city: 'Paris',
  contactEmail: 'Contact@Moulin.fr',
  contactPhone: '+33 1 23 45 67 89',
  object: 'Restaurer et faire visiter le moulin.\nOrganiser la fête annuelle.',
  function: 'PRESIDENT',
  functionDetail: '',
};

function errorsOf(schema: Parameters<typeof parseForm>[0], values: Record<string, string>) {
  const parsed = parseForm(schema, formData(values));
  return parsed.success ? {} : (parsed.failure.fieldErrors ?? {});
}

describe('createProfileSchema', () => {
  it('normalises what was typed', () => {
    const parsed = createProfileSchema.parse(validProfile);
    expect(parsed).toMatchObject({
      rna: 'W751234567',
      siret: null,
      contactEmail: 'contact@moulin.fr',
      contactPhone: '01 23 45 67 89',
      function: 'PRESIDENT',
      functionDetail: null,
    });
  });

  it('asks for the RNA or the SIRET, and accepts either alone', () => {
    expect(errorsOf(createProfileSchema, { ...validProfile, rna: '', siret: '' })).toEqual({
      rna: ['Saisissez le numéro RNA ou le numéro SIRET de l’association (au moins l’un des deux)'],
    });
    expect(createProfileSchema.parse({ ...validProfile, rna: '', siret: '732 829 320 00074' })).toMatchObject({
      rna: null,
      siret: '73282932000074',
    });
  });

  it('says how to fix each field', () => {
    const errors = errorsOf(createProfileSchema, {
      ...validProfile,
      name: ' ',
      rna: 'W12345',
      siret: '73282932000075',
      postalCode: '750',
      contactEmail: 'pas-une-adresse',
      contactPhone: '12',
      object: 'x'.repeat(2001),
      function: '',
    });
    expect(Object.keys(errors).sort()).toEqual(['contactEmail', 'contactPhone', 'function', 'name', 'object', 'postalCode', 'rna', 'siret']);
    expect(errors.siret).toEqual(['Saisissez un numéro SIRET valide : 14 chiffres, par exemple 123 456 789 00012']);
    expect(errors.function).toEqual(['Choisissez votre fonction dans la liste']);
  });

  it('refuses a line break in the name (it ends up in email subjects)', () => {
    expect(errorsOf(createProfileSchema, { ...validProfile, name: 'Moulin\r\nBcc: x@y.fr' }).name).toHaveLength(1);
  });

  it('requires « Précisez » for « Autre » only, and drops it otherwise', () => {
    expect(errorsOf(createProfileSchema, { ...validProfile, function: 'AUTRE' })).toEqual({ functionDetail: ['Précisez la fonction'] });
    expect(createProfileSchema.parse({ ...validProfile, function: 'AUTRE', functionDetail: 'Webmestre' }).functionDetail).toBe('Webmestre');
    expect(createProfileSchema.parse({ ...validProfile, function: 'MEMBRE', functionDetail: 'Webmestre' }).functionDetail).toBeNull();
  });

  it('ignores fields it does not know', () => {
    const parsed = createProfileSchema.parse({ ...validProfile, isAdmin: 'false', id: randomUUID() });
    expect(parsed).not.toHaveProperty('isAdmin');
    expect(parsed).not.toHaveProperty('id');
  });
});

describe('profileInfoSchema', () => {
  it('needs the profile id and the same fields, without the function', () => {
    const { function: _function, functionDetail: _detail, ...info } = validProfile;
    expect(profileInfoSchema.safeParse(info).success).toBe(false);
    expect(profileInfoSchema.parse({ ...info, profileId: randomUUID() })).not.toHaveProperty('function');
  });
});

describe('joinProfileSchema', () => {
  it('normalises the key', () => {
    const key = generateShareKey();
    expect(joinProfileSchema.parse({ key: key.toLowerCase().replaceAll('-', ' '), function: 'MEMBRE' })).toEqual({
      key: key.replaceAll('-', ''),
      function: 'MEMBRE',
      functionDetail: null,
    });
  });

  it('says what a key looks like when the typed one cannot be one', () => {
    expect(errorsOf(joinProfileSchema, { key: '', function: 'MEMBRE' })).toEqual({ key: ['Saisissez la clé de partage'] });
    expect(errorsOf(joinProfileSchema, { key: 'ABCD-1234', function: 'MEMBRE' }).key?.[0]).toMatch(
      /^Saisissez la clé telle qu’elle vous a été transmise\s: 28 lettres et chiffres/,
    );
  });
});

describe('memberFunctionSchema', () => {
  it('needs both ids', () => {
    expect(errorsOf(memberFunctionSchema, { profileId: 'abc', membershipId: randomUUID(), function: 'MEMBRE' })).toHaveProperty('profileId');
  });
});

describe('an empty form', () => {
  it('gets every message at once, the RNA-or-SIRET one included, and one message per field', () => {
    const errors = errorsOf(createProfileSchema, Object.fromEntries(Object.keys(validProfile).map((name) => [name, ''])));
    expect(Object.keys(errors).sort()).toEqual(['addressLine', 'city', 'contactEmail', 'function', 'name', 'object', 'postalCode', 'rna']);
    for (const messages of Object.values(errors)) expect(messages).toHaveLength(1);
    expect(errorsOf(joinProfileSchema, { key: '', function: '' })).toEqual({
      key: ['Saisissez la clé de partage'],
      function: ['Choisissez votre fonction dans la liste'],
    });
  });
});
