import { describe, expect, it, vi } from 'vitest';

// getSessionUser() refuses a session marked unchecked (database unreachable, lib/auth/config.ts):
// the page shows its error, the person is not treated as signed out nor as signed in.
vi.mock('./config', () => ({
  auth: async () => ({ user: { id: '6f1c2a9e-3b7d-4c1a-9a51-2f0e8d7c6b5a', role: 'USAGER', secondFactorVerified: false, unchecked: true } }),
}));
vi.mock('@/lib/db', () => ({ db: { user: { findFirst: vi.fn() } } }));

describe('getSessionUser', () => {
  it('throws SessionUncheckedError for an unchecked session, without reading the user', async () => {
    const { getSessionUser, SessionUncheckedError } = await import('./session');
    const { db } = await import('@/lib/db');
    await expect(getSessionUser()).rejects.toBeInstanceOf(SessionUncheckedError);
    expect(db.user.findFirst).not.toHaveBeenCalled();
  });
});
