import { describe, expect, it } from 'vitest';
import { isValidPostalCode, isValidRna, isValidSiret, normaliseFrenchPhone, normaliseRna, normaliseSiret, passesLuhn } from './identifiers';

describe('RNA', () => {
  it('accepts W followed by 9 digits, whatever the case and spacing', () => {
    expect(normaliseRna(' w751 234 567 ')).toBe('W751234567');
    expect(isValidRna(normaliseRna('w751234567'))).toBe(true);
  });

  it('accepts the Corsican prefectures 2A and 2B', () => {
    expect(isValidRna('W2A1000123')).toBe(true);
    expect(isValidRna('W2B1000123')).toBe(true);
  });

  it('refuses anything else', () => {
    for (const value of ['W75123456', 'W7512345678', '751234567', 'X751234567', 'W75123456A', 'W2C1000123', 'WW51234567', '']) {
      expect(isValidRna(normaliseRna(value)), value).toBe(false);
    }
  });
});

describe('Luhn', () => {
  it('checks the SIREN/SIRET key', () => {
    expect(passesLuhn('732829320')).toBe(true);
    expect(passesLuhn('732829321')).toBe(false);
    expect(passesLuhn('0')).toBe(true);
  });
});

describe('SIRET', () => {
  it('accepts 14 digits passing Luhn, with spaces', () => {
    expect(normaliseSiret('732 829 320 00074')).toBe('73282932000074');
    expect(isValidSiret('73282932000074')).toBe(true);
    expect(isValidSiret(normaliseSiret('443\u00a0061\u00a0841 00047'))).toBe(true);
  });

  it('refuses a wrong key, a wrong length or letters', () => {
    for (const value of ['73282932000075', '7328293200007', '732829320000740', '7328293200007A', '']) {
      expect(isValidSiret(value), value).toBe(false);
    }
  });

  it('applies La Poste’s own key (digit sum a multiple of 5) to its establishments', () => {
    // Fails Luhn, digit sum 45.
    expect(passesLuhn('35600000049837')).toBe(false);
    expect(isValidSiret('35600000049837')).toBe(true);
    // Its head office passes Luhn.
    expect(isValidSiret('35600000000048')).toBe(true);
    // Neither key: digit sum 29, Luhn fails.
    expect(isValidSiret('35600000012345')).toBe(false);
  });

  it('does not extend La Poste’s exception to other companies', () => {
    // Digit sum 50, but fails Luhn.
    expect(isValidSiret('12345678900014')).toBe(false);
  });
});

describe('postal code', () => {
  it('is 5 digits', () => {
    expect(isValidPostalCode('75001')).toBe(true);
    expect(isValidPostalCode('97400')).toBe(true);
    expect(isValidPostalCode('7500')).toBe(false);
    expect(isValidPostalCode('2A000')).toBe(false);
  });
});

describe('French phone', () => {
  it('formats the usual ways of typing a number', () => {
    for (const value of ['0123456789', '01 23 45 67 89', '01.23.45.67.89', '01-23-45-67-89', '+33 1 23 45 67 89', '+33 (0)1 23 45 67 89', '0033123456789']) {
      expect(normaliseFrenchPhone(value), value).toBe('01 23 45 67 89');
    }
    expect(normaliseFrenchPhone('06 12 34 56 78')).toBe('06 12 34 56 78');
    expect(normaliseFrenchPhone('0262 12 34 56')).toBe('02 62 12 34 56');
  });

  it('refuses what is not a French number', () => {
    for (const value of ['0023456789', '012345678', '01234567890', '+44 20 7946 0958', 'appelez-nous', '']) {
      expect(normaliseFrenchPhone(value), value).toBeNull();
    }
  });
});
