import { describe, expect, it } from 'vitest';
import { openSecret, sealSecret } from './secret-box';

describe('TOTP secret box', () => {
  it('opens what it sealed, with the same key only', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', 'clé-a'.repeat(8));
    expect(sealed).not.toContain('JBSWY3DPEHPK3PXP');
    expect(openSecret(sealed, 'clé-a'.repeat(8))).toBe('JBSWY3DPEHPK3PXP');
    expect(openSecret(sealed, 'clé-b'.repeat(8))).toBeNull();
  });

  it('refuses an altered or malformed box', () => {
    const sealed = sealSecret('JBSWY3DPEHPK3PXP', 'k'.repeat(40));
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3], 'base64url');
    body[0] ^= 1;
    expect(openSecret([...parts.slice(0, 3), body.toString('base64url')].join('.'), 'k'.repeat(40))).toBeNull();
    expect(openSecret('n’importe quoi', 'k'.repeat(40))).toBeNull();
    expect(sealSecret('X', 'k'.repeat(40))).not.toBe(sealSecret('X', 'k'.repeat(40)));
  });
});
