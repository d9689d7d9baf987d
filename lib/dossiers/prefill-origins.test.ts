import { describe, expect, it } from 'vitest';
import type { FieldDefinition } from '@/lib/procedures/field-definitions';
import { prefillOrigins } from './prefill-origins';

const fields: FieldDefinition[] = [
  { id: 'siret', type: 'siret', label: 'SIRET', required: true },
  { id: 'telephone', type: 'phone', label: 'Téléphone', required: false },
  { id: 'courriel', type: 'email', label: 'Courriel', required: true },
  { id: 'adresse', type: 'address', label: 'Adresse', required: false },
  { id: 'projet', type: 'text', label: 'Nom du projet', required: true },
];

const prefilled = {
  siret: { source: 'profile', value: '73282932000074' },
  telephone: { source: 'profile', value: '05 65 00 00 00' },
  courriel: { source: 'profile', value: 'contact@moulin.test' },
  adresse: { source: 'profile', value: '3 rue des Tanneurs, 12000 Rodez' },
} as const;

describe('prefillOrigins', () => {
  it('says which deposited answers came from the profile and which the applicant changed', () => {
    const answers = {
      siret: '73282932000074',
      telephone: '05 65 00 00 00',
      courriel: 'tresorier@moulin.test',
      adresse: null,
      projet: 'Fête du moulin',
    };
    expect(prefillOrigins(fields, prefilled, answers)).toEqual({
      siret: { source: 'profile', changed: false, prefilled: '73282932000074' },
      telephone: { source: 'profile', changed: false, prefilled: '05 65 00 00 00' },
      courriel: { source: 'profile', changed: true, prefilled: 'contact@moulin.test' },
      // Emptied by the applicant: a change too.
      adresse: { source: 'profile', changed: true, prefilled: '3 rue des Tanneurs, 12000 Rodez' },
    });
  });

  it('compares through the field’s rules: another spelling of the same value is not a change', () => {
    const answers = {
      siret: '732 829 320 00074',
      telephone: '+33 5 65 00 00 00',
      courriel: 'Contact@Moulin.test',
      adresse: ' 3 rue des Tanneurs, 12000 Rodez ',
    };
    const origins = prefillOrigins(fields, prefilled, answers);
    expect(Object.values(origins).map((origin) => origin.changed)).toEqual([false, false, false, false]);
  });

  it('ignores prefilled entries of fields the form no longer has', () => {
    expect(prefillOrigins(fields.slice(4), prefilled, {})).toEqual({});
  });
});
