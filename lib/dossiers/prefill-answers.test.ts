import { describe, expect, it } from 'vitest';
import { PREFILL_FIELDS } from '@/test/forms/prefill-fields';
import { FIELD_TYPES, type FieldDefinition, type FieldType } from '@/lib/procedures/field-definitions';
import { PREFILL_NOTES, prefillAnswers, prefilledValues, prefillNotice, readPrefilledAnswers, type PrefillData } from './prefill-answers';

const account = { firstName: 'Camille', lastName: 'Durand', email: 'camille@exemple.test' };
const profile = {
  rna: 'W751234567',
  siret: '73282932000074',
  addressLine: '3 rue des Tanneurs',
  postalCode: '12000',
  city: 'Rodez',
  contactEmail: 'contact@moulin.test',
  contactPhone: '05 65 00 00 00',
};

const fields: FieldDefinition[] = [
  { id: 'titre', type: 'section', label: 'Votre association', required: false },
  ...PREFILL_FIELDS,
  { id: 'montant', type: 'amount', label: 'Montant', required: true },
];

describe('prefillAnswers', () => {
  it('fills a profile’s dossier from the profile, and the name from the person filing', () => {
    expect(prefillAnswers(fields, { account, profile })).toEqual({
      siret: { source: 'profile', value: '73282932000074' },
      rna: { source: 'profile', value: 'W751234567' },
      adresse: { source: 'profile', value: '3 rue des Tanneurs, 12000 Rodez' },
      courriel: { source: 'profile', value: 'contact@moulin.test' },
      telephone: { source: 'profile', value: '05 65 00 00 00' },
      nom: { source: 'account', value: 'Camille Durand' },
    });
  });

  it('fills a particulier’s dossier with the name and email of their account only', () => {
    expect(prefillAnswers(fields, { account, profile: null })).toEqual({
      courriel: { source: 'account', value: 'camille@exemple.test' },
      nom: { source: 'account', value: 'Camille Durand' },
    });
  });

  it('leaves out what the profile does not hold', () => {
    const prefilled = prefillAnswers(fields, { account, profile: { ...profile, siret: null, contactPhone: null } });
    expect(Object.keys(prefilled)).toEqual(['rna', 'adresse', 'courriel', 'nom']);
  });

  it('never overwrites an answer already given', () => {
    const prefilled = prefillAnswers(fields, { account, profile }, { courriel: 'tresorier@moulin.test', rna: '' });
    expect(prefilled.courriel).toBeUndefined();
    expect(prefilled.rna).toEqual({ source: 'profile', value: 'W751234567' });
    expect(prefilledValues(prefilled)).toMatchObject({ rna: 'W751234567', nom: 'Camille Durand' });
  });

  it('tells administrators exactly which field types are prefilled', () => {
    const full: PrefillData = { account, profile };
    const prefilledTypes = FIELD_TYPES.filter((type: FieldType) => {
      const field = { id: 'champ', type, label: 'Champ', required: false, ...(type === 'choice' ? { choices: ['a', 'b'] } : {}) } as FieldDefinition;
      return Object.keys(prefillAnswers([field], full)).length > 0;
    });
    expect(prefilledTypes.toSorted()).toEqual(Object.keys(PREFILL_NOTES).toSorted());
  });
});

describe('readPrefilledAnswers', () => {
  it('reads what was stored, and treats anything malformed as nothing prefilled', () => {
    const stored = { rna: { source: 'profile', value: 'W751234567' } };
    expect(readPrefilledAnswers(stored)).toEqual(stored);
    expect(readPrefilledAnswers({ rna: { source: 'ailleurs', value: 'W751234567' } })).toEqual({});
    expect(readPrefilledAnswers(null)).toEqual({});
  });
});

describe('prefillNotice', () => {
  it('names where the answers came from, or says nothing', () => {
    expect(prefillNotice({})).toBeNull();
    expect(prefillNotice(prefillAnswers(fields, { account, profile }))).toContain('du profil de l’association et de votre compte');
    expect(prefillNotice(prefillAnswers(fields.slice(0, 3), { account, profile }))).toContain('du profil de l’association.');
    expect(prefillNotice(prefillAnswers(fields, { account, profile: null }))).toContain('de votre compte.');
  });
});
