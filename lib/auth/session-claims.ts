// Shared by the sign-in (lib/auth/config.ts) and the journeys that start signed in: no name, no email.

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export type SessionClaims = { sub?: string; sid: string; at: number; role?: string; sv?: number; mfa: boolean };

/** The claims of a new session `sid` for `user`; `mfa` only once the second factor is verified. */
export function newSessionClaims(user: { id?: string; role?: string; sessionVersion?: number }, sid: string, mfa = false): SessionClaims {
  return { sub: user.id, sid, at: Date.now(), role: user.role, sv: user.sessionVersion, mfa };
}
