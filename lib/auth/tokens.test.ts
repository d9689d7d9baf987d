import { describe, expect, it } from 'vitest';
import { createToken, hashToken } from './tokens';

describe('createToken', () => {
  it('carries at least 128 bits of randomness in a URL-safe form', () => {
    const token = createToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(Buffer.from(token, 'base64url').length * 8).toBeGreaterThanOrEqual(128);
  });

  it('never gives the same token twice', () => {
    const tokens = new Set(Array.from({ length: 1000 }, () => createToken()));
    expect(tokens.size).toBe(1000);
  });
});

describe('hashToken', () => {
  it('is deterministic, so a token can be looked up by its hash', () => {
    const token = createToken();
    expect(hashToken(token)).toBe(hashToken(token));
  });

  it('is a SHA-256 hex digest that differs from the token', () => {
    const token = createToken();
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashToken(token)).not.toBe(hashToken(createToken()));
  });
});
