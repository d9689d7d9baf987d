import 'server-only';
import { db, type Tx } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { ProcedureForm } from '@/lib/procedures/field-definitions';
import { parseProcedureForm } from '@/lib/procedures/procedure-versions';
import { isUuid } from '@/lib/validation/uuid';

// A profile's members see its dossiers once deposited (a draft is its author's alone, draft-access.ts).
// Anything else is a 404, the same answer as for a dossier that does not exist.

export type DossierViewer = { id: string };

export function visibleDossiersWhere(viewer: DossierViewer): Prisma.DossierWhereInput {
  return {
    OR: [{ applicantId: viewer.id }, { status: { not: 'BROUILLON' }, profile: { memberships: { some: { userId: viewer.id } } } }],
  };
}

/**
 * The same rule for a list. The profiles are read first so that each half of the OR is answered by
 * an index — (applicantId, updatedAt) and (profileId, updatedAt) — where the relation filter above
 * made PostgreSQL scan every dossier (about 1 s at 200 000 dossiers, docs/benchmarks.md).
 */
export async function visibleDossiersListWhere(viewer: DossierViewer): Promise<Prisma.DossierWhereInput> {
  const memberships = await db.membership.findMany({ where: { userId: viewer.id }, select: { profileId: true } });
  const profileIds = memberships.map((membership) => membership.profileId);
  return { OR: [{ applicantId: viewer.id }, { status: { not: 'BROUILLON' }, profileId: { in: profileIds } }] };
}

const dossierSelect = {
  id: true,
  number: true,
  status: true,
  version: true,
  answers: true,
  applicantId: true,
  submittedAt: true,
  receiptFileId: true,
  decidedAt: true,
  complementDueAt: true,
  createdAt: true,
  updatedAt: true,
  procedure: { select: { title: true, slug: true } },
  procedureVersion: { select: { fields: true, documents: true } },
  profile: { select: { id: true, name: true } },
} satisfies Prisma.DossierSelect;

type ViewerDossierRow = Prisma.DossierGetPayload<{ select: typeof dossierSelect }>;

export type ViewerDossier = Omit<ViewerDossierRow, 'procedureVersion'> & { form: ProcedureForm };

export async function findDossierForViewer(viewer: DossierViewer, id: string, client: Tx | typeof db = db): Promise<ViewerDossier | null> {
  if (!isUuid(id)) return null;
  const row = await client.dossier.findFirst({ where: { id, ...visibleDossiersWhere(viewer) }, select: dossierSelect });
  if (!row) return null;
  const { procedureVersion, ...dossier } = row;
  return { ...dossier, form: parseProcedureForm(procedureVersion) };
}
