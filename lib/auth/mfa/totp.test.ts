import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { createTotpSecret, formatSecretForDisplay, isFreshStep, matchTotpStep, stepAt, totpCodeAt, totpUri } from './totp';

const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const now = Date.UTC(2026, 10, 29, 12, 0, 10);
const step = stepAt(now);

describe('TOTP', () => {
  it('computes the codes an authenticator app shows (RFC 6238: SHA-1, 6 digits, 30 s)', () => {
    const app = new TOTP({ secret: Secret.fromBase32(secret) });
    expect(totpCodeAt(secret, step)).toBe(app.generate({ timestamp: now }));
    // RFC 6238 appendix B, SHA-1, T = 59 s: 94287082 → its last 6 digits.
    expect(totpCodeAt('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ', 1)).toBe('287082');
  });

  it('accepts the current step and one step either side, nothing further', () => {
    expect(matchTotpStep(secret, totpCodeAt(secret, step), now)).toBe(step);
    expect(matchTotpStep(secret, totpCodeAt(secret, step - 1), now)).toBe(step - 1);
    expect(matchTotpStep(secret, totpCodeAt(secret, step + 1), now)).toBe(step + 1);
    expect(matchTotpStep(secret, totpCodeAt(secret, step - 2), now)).toBeNull();
    expect(matchTotpStep(secret, totpCodeAt(secret, step + 2), now)).toBeNull();
  });

  it('refuses another secret’s code and anything that is not 6 digits', () => {
    const other = createTotpSecret();
    const code = totpCodeAt(other, step);
    // A 1-in-a-million coincidence is possible; compare with the right code to keep the test honest.
    if (code !== totpCodeAt(secret, step)) expect(matchTotpStep(secret, code, now)).toBeNull();
    expect(matchTotpStep(secret, '', now)).toBeNull();
    expect(matchTotpStep(secret, `${totpCodeAt(secret, step)}0`, now)).toBeNull();
    expect(matchTotpStep(secret, 'abcdef', now)).toBeNull();
  });

  it('accepts a step once, and never an older one (replay)', () => {
    expect(isFreshStep(step, null)).toBe(true);
    expect(isFreshStep(step, step - 1)).toBe(true);
    expect(isFreshStep(step, step)).toBe(false);
    expect(isFreshStep(step - 1, step)).toBe(false);
  });

  it('creates 160-bit base32 secrets, an otpauth URI for the QR code, and a readable key', () => {
    const created = createTotpSecret();
    expect(created).toMatch(/^[A-Z2-7]{32}$/);
    expect(createTotpSecret()).not.toBe(created);
    const uri = totpUri(created, 'agent@cd.fr');
    expect(uri).toMatch(/^otpauth:\/\/totp\/Guichet:agent%40cd\.fr\?/);
    expect(uri).toContain(`secret=${created}`);
    expect(uri).toContain('issuer=Guichet');
    expect(uri).toContain('digits=6');
    expect(uri).toContain('period=30');
    expect(formatSecretForDisplay('ABCDEFGHIJ')).toBe('ABCD EFGH IJ');
  });
});
