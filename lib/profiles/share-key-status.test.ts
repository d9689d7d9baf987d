import { describe, expect, it } from 'vitest';
import { shareKeyExpiry, shareKeyStatus } from './share-key-status';

const now = new Date('2026-11-29T10:00:00Z');
const later = new Date('2026-12-10T10:00:00Z');
const earlier = new Date('2026-11-01T10:00:00Z');

describe('shareKeyStatus', () => {
  it('is « Nouvelle » until it expires', () => {
    expect(shareKeyStatus({ activatedAt: null, revokedAt: null, expiresAt: later }, now)).toBe('NOUVELLE');
    expect(shareKeyStatus({ activatedAt: null, revokedAt: null, expiresAt: now }, now)).toBe('EXPIREE');
    expect(shareKeyStatus({ activatedAt: null, revokedAt: null, expiresAt: earlier }, now)).toBe('EXPIREE');
  });

  it('stays « Activée » or « Révoquée » after the expiry date', () => {
    expect(shareKeyStatus({ activatedAt: earlier, revokedAt: null, expiresAt: earlier }, now)).toBe('ACTIVEE');
    expect(shareKeyStatus({ activatedAt: null, revokedAt: earlier, expiresAt: earlier }, now)).toBe('REVOQUEE');
  });
});

describe('shareKeyExpiry', () => {
  it('is 30 days after creation', () => {
    expect(shareKeyExpiry(new Date('2026-11-01T10:00:00Z')).toISOString()).toBe('2026-12-01T10:00:00.000Z');
  });
});
