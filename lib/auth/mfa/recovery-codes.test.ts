import { describe, expect, it } from 'vitest';
import { generateRecoveryCodes, hashRecoveryCode, normalizeRecoveryCode, RECOVERY_CODE_ALPHABET } from './recovery-codes';

describe('recovery codes', () => {
  it('gives ten distinct codes XXXX-XXXX without look-alike characters', () => {
    const codes = generateRecoveryCodes();
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(RECOVERY_CODE_ALPHABET).not.toMatch(/[01IOL]/);
  });

  it('uses the whole alphabet (drawn at random, not a fixed pattern)', () => {
    const seen = new Set(generateRecoveryCodes(200).join('').replaceAll('-', ''));
    expect(seen.size).toBe(RECOVERY_CODE_ALPHABET.length);
  });

  it('reads a code however it is typed, and refuses what cannot be one', () => {
    expect(normalizeRecoveryCode('k7qm-4tzp')).toBe('K7QM-4TZP');
    expect(normalizeRecoveryCode(' K7QM 4TZP ')).toBe('K7QM-4TZP');
    expect(normalizeRecoveryCode('K7QM4TZP')).toBe('K7QM-4TZP');
    expect(normalizeRecoveryCode('K7QM-4TZ')).toBeNull();
    expect(normalizeRecoveryCode('K7QM-4TZPP')).toBeNull();
    expect(normalizeRecoveryCode('O1IL-4TZP')).toBeNull();
    expect(normalizeRecoveryCode('')).toBeNull();
  });

  it('stores a SHA-256 of the code bound to the account, never the code', () => {
    const hash = hashRecoveryCode('user-a', 'K7QM-4TZP');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('K7QM');
    expect(hashRecoveryCode('user-a', 'K7QM-4TZP')).toBe(hash);
    expect(hashRecoveryCode('user-b', 'K7QM-4TZP')).not.toBe(hash);
    expect(hashRecoveryCode('user-a', 'K7QM-4TZQ')).not.toBe(hash);
  });
});
