// What a session cookie carries, written once for the sign-in (lib/auth/config.ts) and for the
// journeys that start signed in (e2e/support/sessions.ts): ids, role, session version and the
// second-factor flag; no name, no email. Pure: no server-only import.

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

export type SessionClaims = { sub?: string; sid: string; at: number; role?: string; sv?: number; mfa: boolean };

/** The claims of a new session `sid` for `user`; `mfa` only once the second factor is verified. */
export function newSessionClaims(user: { id?: string; role?: string; sessionVersion?: number }, sid: string, mfa = false): SessionClaims {
  return { sub: user.id, sid, at: Date.now(), role: user.role, sv: user.sessionVersion, mfa };
}
