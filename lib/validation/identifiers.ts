/** Spaces of any kind (people paste numbers with non-breaking or thin spaces). */
const SPACES = /[\s\u00a0\u202f]/g;

export function normaliseRna(value: string): string {
  return value.replace(SPACES, '').toUpperCase();
}

/**
 * `W` then 9 characters: the 3-character code of the prefecture that registered the association
 * and 6 digits. The code is all digits except in Corsica (2A…, 2B…), hence the exception.
 */
export function isValidRna(normalised: string): boolean {
  return /^W(?:\d{2}|2A|2B)\d{7}$/.test(normalised);
}

export function normaliseSiret(value: string): string {
  return value.replace(SPACES, '');
}

export function passesLuhn(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/** SIREN of La Poste: its thousands of establishments outgrew Luhn and use another key. */
const LA_POSTE_SIREN = '356000000';

function digitSum(digits: string): number {
  return [...digits].reduce((sum, digit) => sum + Number(digit), 0);
}

/**
 * 14 digits passing Luhn; La Poste's establishments instead have a digit sum that is a multiple
 * of 5 (INSEE), while its head office (35600000000048) passes Luhn.
 */
export function isValidSiret(normalised: string): boolean {
  if (!/^\d{14}$/.test(normalised)) return false;
  if (normalised.startsWith(LA_POSTE_SIREN)) return digitSum(normalised) % 5 === 0 || passesLuhn(normalised);
  return passesLuhn(normalised);
}

export function isValidPostalCode(value: string): boolean {
  return /^\d{5}$/.test(value);
}

/**
 * `01 23 45 67 89` for a metropolitan or overseas number typed with spaces, dots, dashes, +33 or
 * 0033 (with or without the trunk 0); null if it is not one.
 */
export function normaliseFrenchPhone(value: string): string | null {
  const compact = value.replace(/[\s\u00a0\u202f.\-()]/g, '');
  const national = compact.replace(/^(?:\+33|0033)0?/, '0');
  if (!/^0[1-9]\d{8}$/.test(national)) return null;
  return national.match(/\d{2}/g)!.join(' ');
}
