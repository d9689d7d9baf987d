import 'server-only';
import type { Tx } from '@/lib/db';

/**
 * The applicant of every anonymised dossier: the row keeps its démarche, dates and statuses for the
 * statistics, and no longer points at a person. Created on first use; it can never sign in.
 */
export const ANONYMOUS_APPLICANT_ID = '00000000-0000-4000-8000-000000000000';

export async function ensureAnonymousApplicant(tx: Tx): Promise<string> {
  await tx.$executeRaw`
    INSERT INTO "User" (id, email, "firstName", "lastName", "passwordHash", role, "disabledAt", "deletedAt", "identityErasedAt", "updatedAt")
    VALUES (${ANONYMOUS_APPLICANT_ID}::uuid, 'anonyme@guichet.invalid', 'Demandeur', 'anonymisé', '!', 'USAGER', now(), now(), now(), now())
    ON CONFLICT (id) DO NOTHING`;
  return ANONYMOUS_APPLICANT_ID;
}
