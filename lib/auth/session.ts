import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/client';
import { auth } from './config';

// The viewer, for pages and actions. Authorization is checked here and in the data layer, never
// only in a layout or a proxy (CVE-2025-29927). Every page and action calls one of the
// require… functions itself.

export type SessionUser = { id: string; firstName: string; lastName: string; email: string; role: Role };

/** The signed-in user (checked against the database by the session callback), or null. Once per request. */
export const getSessionUser = cache(async (): Promise<SessionUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findFirst({
    where: { id, disabledAt: null },
    select: { id: true, firstName: true, lastName: true, email: true, role: true },
  });
});

export function isAgent(user: Pick<SessionUser, 'role'>): boolean {
  return user.role === 'INSTRUCTEUR' || user.role === 'ADMIN';
}

/** `/connexion?retour=…`, so that the person lands back where they were going. */
export function loginPathFor(returnTo?: string): string {
  return returnTo ? `/connexion?retour=${encodeURIComponent(returnTo)}` : '/connexion';
}

/** A signed-in user, or a redirect to the login page that comes back to `returnTo`. */
export async function requireUser(returnTo?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) redirect(loginPathFor(returnTo));
  return user;
}

/** An agent (instructeur or admin); an applicant gets the 403 page. */
export async function requireAgent(returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (!isAgent(user)) forbidden();
  return user;
}

export async function requireAdmin(returnTo?: string): Promise<SessionUser> {
  const user = await requireUser(returnTo);
  if (user.role !== 'ADMIN') forbidden();
  return user;
}
