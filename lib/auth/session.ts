import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { loginPathFor } from './login-path';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/client';
import { auth } from './config';
import { recordForbiddenAccess } from './record-forbidden-access';
import { sessionRecordOfThisRequest } from './session-record';
import { homePathFor } from './return-path';
import { secondFactorPathFor } from './mfa/second-factor-paths';

// Authorization is checked here and in the data layer, never only in a layout or a proxy
// (CVE-2025-29927). With the password alone, agents reach only the pages of the second step (ASVS 6.3.3).

export type SessionUser = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  secondFactorEnrolled: boolean;
  /** This session gave the second factor (always false for a session that only gave the password). */
  secondFactorVerified: boolean;
};

/** The session exists but could not be checked (database unreachable): an error page, not a sign-out. */
export class SessionUncheckedError extends Error {
  constructor() {
    super('The session could not be checked: the database is unreachable.');
    this.name = 'SessionUncheckedError';
  }
}

/** The signed-in user (checked against the database by the session callback), or null. Once per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  if (session.user.unchecked) throw new SessionUncheckedError();
  // The row the session callback just read (lib/auth/session-record.ts); outside a render, where
  // React's cache does not hold, read it again.
  const record =
    sessionRecordOfThisRequest(userId) ??
    (await db.user.findUnique({
      where: { id: userId },
      select: { id: true, firstName: true, lastName: true, email: true, role: true, disabledAt: true, totpEnabledAt: true },
    }));
  if (!record || record.disabledAt) return null;
  const { id, firstName, lastName, email, role, totpEnabledAt } = record;
  return {
    id,
    firstName,
    lastName,
    email,
    role,
    secondFactorEnrolled: totpEnabledAt !== null,
    secondFactorVerified: session.user.secondFactorVerified === true,
  };
});

export function isAgent(user: Pick<SessionUser, 'role'>): boolean {
  return user.role === 'INSTRUCTEUR' || user.role === 'ADMIN';
}

export function isVerifiedAgent(user: Pick<SessionUser, 'role' | 'secondFactorVerified'>): boolean {
  return isAgent(user) && user.secondFactorVerified;
}

/** True for an agent who gave the password but not yet the second factor: only the second step and sign-out are theirs. */
export function isAwaitingSecondFactor(user: Pick<SessionUser, 'role' | 'secondFactorVerified'>): boolean {
  return isAgent(user) && !user.secondFactorVerified;
}

/**
 * The signed-in user, or null for a visitor and for an agent who gave only the password. For what
 * may not redirect (metadata, files, optional viewers): their data must not leak before the second step.
 */
export async function getFullySignedInUser(): Promise<SessionUser | null> {
  const user = await getSessionUser();
  return user && !isAwaitingSecondFactor(user) ? user : null;
}

/** Null for a visitor and for an agent who gave only the password (no access to dossiers, files included). */
export const getFileViewer = getFullySignedInUser;

export { loginPathFor };

/** Every page and action of a signed-in person: an agent without the second factor is sent to it first. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(loginPathFor(returnTo));
  if (isAwaitingSecondFactor(user)) redirect(secondFactorPathFor(user.secondFactorEnrolled, returnTo));
  return user;
}

export async function requireAgent(returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!isAgent(user)) {
    await recordForbiddenAccess(user.id, returnTo);
    forbidden();
  }
  if (!user.secondFactorVerified) redirect(secondFactorPathFor(user.secondFactorEnrolled, returnTo));
  return user;
}

/** The second step's guard: a visitor goes to the login page, an applicant home, a fully signed-in agent on to `returnTo`. */
export async function requireAgentAwaitingSecondFactor(returnTo: string | null): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(loginPathFor(returnTo ?? undefined));
  if (!isAgent(user)) redirect(homePathFor(user.role));
  if (user.secondFactorVerified) redirect(returnTo ?? homePathFor(user.role));
  return user;
}

export async function requireAdmin(returnTo?: string): Promise<SessionUser> {
  const user = await requireAgent(returnTo);
  if (user.role !== 'ADMIN') {
    await recordForbiddenAccess(user.id, returnTo);
    forbidden();
  }
  return user;
}
