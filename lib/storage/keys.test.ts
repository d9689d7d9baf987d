import { describe, expect, it } from 'vitest';
import { assertValidPrefix, isValidKey, monthPrefix, newFileKey } from './keys';

describe('storage keys', () => {
  it('are made by the server: files/YYYY/MM/<uuid>, in UTC, never twice the same', () => {
    const date = new Date('2026-11-30T23:30:00-02:00'); // already December in UTC
    const key = newFileKey(date);
    expect(key).toMatch(/^files\/2026\/12\/[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(key.startsWith(monthPrefix(date))).toBe(true);
    expect(isValidKey(key)).toBe(true);
    expect(newFileKey(date)).not.toBe(key);
  });

  it('refuse anything that could name another place', () => {
    for (const key of [
      '..',
      'files/..',
      'files/../x',
      '/files/x',
      'files//x',
      'files/x/',
      '',
      'files/.hidden',
      'Files/x',
      'files/x y',
      `files/${'a'.repeat(600)}`,
    ]) {
      expect(isValidKey(key), JSON.stringify(key)).toBe(false);
    }
  });

  it('accept listing prefixes with or without a trailing slash', () => {
    expect(() => assertValidPrefix('')).not.toThrow();
    expect(() => assertValidPrefix('files/')).not.toThrow();
    expect(() => assertValidPrefix('files/2026/1')).not.toThrow();
    expect(() => assertValidPrefix('../')).toThrow();
    expect(() => assertValidPrefix('files//')).toThrow();
  });
});
