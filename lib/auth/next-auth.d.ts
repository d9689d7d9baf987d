import type { DefaultSession } from 'next-auth';
import type { Role } from '@/lib/generated/prisma/client';

// What Guichet puts in the session: the user's id and role, and whether the second factor was
// verified in this session (agents), nothing else (no email, no name).
declare module 'next-auth' {
  interface Session {
    /** `unchecked`: the session's checks could not run (database unreachable); see lib/auth/config.ts. */
    user: { id: string; role: Role; secondFactorVerified: boolean; unchecked?: true } & DefaultSession['user'];
  }

  interface User {
    role?: Role;
    sessionVersion?: number;
    /** Set by an OpenID Connect sign-in (lib/auth/oidc); `mfa`: the provider did the second factor. */
    oidc?: { provider: string; idToken: string; mfa: boolean };
  }
}
