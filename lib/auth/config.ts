import 'server-only';
import { randomUUID } from 'node:crypto';
import { cookies } from 'next/headers';
import NextAuth, { CredentialsSignin, type Session } from 'next-auth';
import { decode, type JWT } from 'next-auth/jwt';
import Credentials from 'next-auth/providers/credentials';
import { env } from '@/lib/env';
import type { Role } from '@/lib/generated/prisma/client';
import { getClientIp } from '@/lib/security/client-ip';
import { authorizeCredentials } from './authorize-credentials';
import { isSecondFactorProof } from './mfa/session-proof';
import { consumeSigninTicket } from './oidc/accounts';
import { revokeSession } from './revoked-sessions';
import { startSessionActivity, touchAgentSession } from './session-activity';
import { newSessionClaims, SESSION_MAX_AGE_SECONDS } from './session-claims';
import { loadSessionRecord } from './session-record';
import { ThrottledSignin, UnverifiedSignin } from './signin-errors';

// Sessions are signed, encrypted JWT cookies (the Credentials provider requires it), made
// revocable (ASVS 7.4.1) by two claims checked on every read: `sv`, compared with the user's
// sessionVersion (bumped by a password change or reset and "log out everywhere"), and `sid`, the
// session's own id, refused once that session signed out (docs/decisions/003-sessions.md).
// `at` is the sign-in time: the session ends 12 hours later even if its cookie was refreshed.
// `mfa` says the second factor was verified in this session (docs/decisions/011-agent-second-factor.md):
// false after the password, set only by an update that carries the server's proof for this sid.

// next-auth builds its redirects and callback URLs from AUTH_URL, read at each request (its route
// handlers and the signIn/signOut/update of server actions); without it, from the host the
// request reached, which behind a reverse proxy is http://localhost:PORT. APP_URL is the one
// public address.
process.env.AUTH_URL = env.APP_URL;

const TWELVE_HOURS = SESSION_MAX_AGE_SECONDS;
export const SECURE_COOKIES = env.APP_URL.startsWith('https://');

/** Re-reads what may have changed since sign-in; null ends the session. */
async function refreshToken(token: JWT): Promise<JWT | null> {
  if (typeof token.sub !== 'string' || typeof token.sv !== 'number' || typeof token.sid !== 'string') return null;
  const user = await loadSessionRecord(token.sub, token.sid);
  if (!user || user.disabledAt || user.sessionVersion !== token.sv || user.revoked) return null;
  // 12 hours after the sign-in, whatever happened since: a refresh renews the cookie, not the
  // session (ASVS 7.3.2). A token without its sign-in time ends too.
  if (typeof token.at !== 'number' || Date.now() - token.at > TWELVE_HOURS * 1000) return null;
  if (user.role !== 'USAGER' && !(await touchAgentSession(token.sid, user.lastSeenAt))) return null;
  const { unchecked: _unchecked, ...checked } = token;
  return { ...checked, role: user.role };
}

/**
 * When the checks cannot run (database unreachable), the session is neither ended nor trusted:
 * next-auth would turn a thrown error into "no session" and delete the cookie, signing everyone
 * out during a database outage. The token keeps its claims, marked `unchecked`; getSessionUser()
 * refuses it (an error page), and the next request checks it again.
 */
async function refreshOrMarkUnchecked(token: JWT): Promise<JWT | null> {
  try {
    return await refreshToken(token);
  } catch {
    return { ...token, unchecked: true };
  }
}

/** What the session callback exposes of a checked token (no email, no name). */
function sessionUserOf(token: JWT): Session['user'] {
  return {
    id: token.sub as string,
    role: token.role as Role,
    secondFactorVerified: token.mfa === true,
    ...(token.unchecked === true ? { unchecked: true } : {}),
  };
}

export const { handlers, signIn, signOut, unstable_update } = NextAuth({
  secret: env.AUTH_SECRET,
  // The app runs behind its own server entry or a reverse proxy that sets the Host header.
  trustHost: true,
  // HttpOnly and SameSite=Lax by default.
  useSecureCookies: SECURE_COOKIES,
  session: { strategy: 'jwt', maxAge: TWELVE_HOURS, updateAge: 15 * 60 },
  pages: { signIn: '/connexion', error: '/connexion' },
  providers: [
    Credentials({
      credentials: { email: { label: 'Courriel' }, password: { label: 'Mot de passe', type: 'password' } },
      async authorize(credentials, request) {
        const check = await authorizeCredentials(credentials, getClientIp(request.headers, env.TRUST_PROXY));
        if (check.ok) return check.user;
        if (check.reason === 'throttled') throw new ThrottledSignin();
        if (check.reason === 'unverified') throw new UnverifiedSignin();
        return null;
      },
    }),
    // FranceConnect and ProConnect: the callback route verified the identity and left a
    // single-use ticket; spending it opens the session (lib/auth/oidc, docs/decisions/026).
    Credentials({
      id: 'oidc-ticket',
      credentials: { ticket: {} },
      async authorize(credentials) {
        const ticket = await consumeSigninTicket(credentials?.ticket);
        if (!ticket) return null;
        return {
          id: ticket.userId,
          role: ticket.role,
          sessionVersion: ticket.sessionVersion,
          oidc: { provider: ticket.provider, idToken: ticket.idToken, mfa: ticket.mfa },
        };
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user, trigger, session }) {
      if (user) {
        const sid = randomUUID();
        if (user.role !== 'USAGER') await startSessionActivity(sid, TWELVE_HOURS * 1000);
        if (!user.oidc) return newSessionClaims(user, sid);
        // `idp`/`idt`: the provider and its ID token, for its end_session_endpoint at sign-out.
        return { ...newSessionClaims(user, sid, user.oidc.mfa), idp: user.oidc.provider, idt: user.oidc.idToken };
      }
      const refreshed = await refreshOrMarkUnchecked(token);
      if (refreshed?.unchecked) return refreshed;
      // The session endpoint accepts updates from anyone holding the cookie, with any data: only
      // the server's HMAC of this session's id upgrades it (lib/auth/mfa/upgrade-session.ts).
      const proof = (session as { secondFactorProof?: unknown } | undefined)?.secondFactorProof;
      if (refreshed && trigger === 'update' && isSecondFactorProof(proof, refreshed.sid as string, env.AUTH_SECRET)) {
        return { ...refreshed, mfa: true };
      }
      return refreshed;
    },
    session({ session, token }) {
      return { expires: session.expires, user: sessionUserOf(token) };
    },
  },
  events: {
    async signOut(message) {
      const sid = 'token' in message ? message.token?.sid : undefined;
      // A refreshed copy of this cookie lives at most maxAge from now.
      if (typeof sid === 'string') await revokeSession(sid, new Date(Date.now() + TWELVE_HOURS * 1000));
    },
  },
  logger: {
    // Refused logins are expected and already in the audit log; the default logger would print
    // a stack trace for each. Others: the error and its cause, never the request body.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      const cause = (error.cause as { err?: unknown } | undefined)?.err;
      console.error(`[auth] ${error.name}: ${error.message}`, cause instanceof Error ? cause : '');
    },
  },
});

/** next-auth's name for the session cookie, split into `.0`, `.1`… when too long for one cookie. */
const SESSION_COOKIE = `${SECURE_COOKIES ? '__Secure-' : ''}authjs.session-token`;

/**
 * The session of this request, for pages, route handlers and actions: the same cookie, decoding and
 * checks (refreshOrMarkUnchecked) as next-auth's auth(), without what only next-auth's own answers
 * need. auth() runs its whole endpoint for a read: a CSRF token, then a cookie sealed again for a
 * response that server code throws away (a page cannot set cookies). Measured in docs/benchmarks-pages-connectees.md.
 */
export async function auth(): Promise<Session | null> {
  const jar = await cookies();
  const chunks = jar
    .getAll()
    .filter(({ name }) => name === SESSION_COOKIE || name.startsWith(`${SESSION_COOKIE}.`))
    .sort((a, b) => chunkIndex(a.name) - chunkIndex(b.name));
  const sealed = chunks.map(({ value }) => value).join('');
  if (!sealed) return null;
  let payload: JWT | null;
  try {
    payload = await decode({ token: sealed, secret: env.AUTH_SECRET, salt: SESSION_COOKIE });
  } catch {
    // Not sealed with our secret, altered or expired: no session (as auth() answers).
    return null;
  }
  if (!payload) return null;
  const token = await refreshOrMarkUnchecked(payload);
  if (!token) return null;
  return { expires: new Date(Date.now() + TWELVE_HOURS * 1000).toISOString(), user: sessionUserOf(token) };
}

function chunkIndex(name: string): number {
  return name === SESSION_COOKIE ? 0 : Number.parseInt(name.slice(SESSION_COOKIE.length + 1), 10) || 0;
}
