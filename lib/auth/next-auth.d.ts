import type { DefaultSession } from 'next-auth';
import type { Role } from '@/lib/generated/prisma/client';

// What Guichet puts in the session: the user's id and role, and whether the second factor was
// verified in this session (agents), nothing else (no email, no name).
declare module 'next-auth' {
  interface Session {
    user: { id: string; role: Role; secondFactorVerified: boolean } & DefaultSession['user'];
  }

  interface User {
    role?: Role;
    sessionVersion?: number;
  }
}
