import { describe, expect, it } from 'vitest';
import { generateShareKey, hashShareKey, normaliseShareKey, SHARE_KEY_ALPHABET, SHARE_KEY_LENGTH } from './share-key-code';

describe('generateShareKey', () => {
  it('gives 28 characters of the unambiguous alphabet, in 7 groups of 4', () => {
    const key = generateShareKey();
    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(?:-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
    expect(key.replaceAll('-', '')).toHaveLength(SHARE_KEY_LENGTH);
    expect(key).not.toMatch(/[ILOU]/);
  });

  it('carries at least 128 bits', () => {
    expect(SHARE_KEY_ALPHABET).toHaveLength(32);
    expect(new Set(SHARE_KEY_ALPHABET).size).toBe(32);
    expect(SHARE_KEY_LENGTH * Math.log2(SHARE_KEY_ALPHABET.length)).toBeGreaterThanOrEqual(128);
  });

  it('never repeats and uses every character about evenly', () => {
    const keys = Array.from({ length: 2000 }, generateShareKey);
    expect(new Set(keys).size).toBe(keys.length);
    const counts = new Map<string, number>();
    for (const character of keys.join('').replaceAll('-', '')) counts.set(character, (counts.get(character) ?? 0) + 1);
    expect(counts.size).toBe(32);
    // 56 000 characters: 1 750 expected per character; a biased generator would stray far more.
    for (const count of counts.values()) {
      expect(count).toBeGreaterThan(1500);
      expect(count).toBeLessThan(2000);
    }
  });
});

describe('normaliseShareKey', () => {
  const key = generateShareKey();
  const compact = key.replaceAll('-', '');

  it('ignores case, spaces and dashes', () => {
    expect(normaliseShareKey(key)).toBe(compact);
    expect(normaliseShareKey(key.toLowerCase())).toBe(compact);
    expect(normaliseShareKey(` ${key.replaceAll('-', ' ')} `)).toBe(compact);
    expect(normaliseShareKey(compact)).toBe(compact);
    expect(normaliseShareKey(key.replaceAll('-', '–'))).toBe(compact);
  });

  it('reads O as 0 and I or L as 1', () => {
    expect(normaliseShareKey('OOOO-IIII-LLLL-oooo-iiii-llll-0000')).toBe('0000111111110000111111110000');
  });

  it('refuses a wrong length or a character outside the alphabet', () => {
    expect(normaliseShareKey(compact.slice(1))).toBeNull();
    expect(normaliseShareKey(`${compact}A`)).toBeNull();
    expect(normaliseShareKey(`U${compact.slice(1)}`)).toBeNull();
    expect(normaliseShareKey(`#${compact.slice(1)}`)).toBeNull();
    expect(normaliseShareKey('')).toBeNull();
  });
});

describe('hashShareKey', () => {
  it('is the same for every way of typing one key, and differs between keys', () => {
    const key = generateShareKey();
    expect(hashShareKey(normaliseShareKey(key.toLowerCase())!)).toBe(hashShareKey(normaliseShareKey(key)!));
    expect(hashShareKey(normaliseShareKey(key)!)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashShareKey(normaliseShareKey(generateShareKey())!)).not.toBe(hashShareKey(normaliseShareKey(key)!));
  });
});
