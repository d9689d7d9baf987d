import 'server-only';
import type { Tx } from '@/lib/db';
import { isUuid } from '@/lib/validation/uuid';
import type { DossierStatus } from '@/lib/generated/prisma/enums';

// Drafts are the applicant's own until deposit (the members of a profile see its dossiers once
// deposited). The row is locked: a save, an attachment, a deletion and a deposit of one draft
// run one after the other, so the deposit checks exactly what it deposits.

export type LockedDossier = { id: string; status: DossierStatus; version: number; procedureVersionId: string };

export async function lockApplicantDossier(tx: Tx, viewerId: string, dossierId: string): Promise<LockedDossier | null> {
  if (!isUuid(dossierId)) return null;
  const rows = await tx.$queryRaw<LockedDossier[]>`
    SELECT id, status::text AS status, version, "procedureVersionId" FROM "Dossier"
    WHERE id = ${dossierId}::uuid AND "applicantId" = ${viewerId}::uuid
    FOR UPDATE`;
  return rows[0] ?? null;
}
