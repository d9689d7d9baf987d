import 'server-only';
import { db } from '@/lib/db';
import type { DossierStatus, Prisma } from '@/lib/generated/prisma/client';
import { visibleDossiersListWhere, type DossierViewer } from './dossier-access';

export const DOSSIERS_PAGE_SIZE = 20;

export type DossierListFilter = { status?: DossierStatus; profileId?: string; page?: number };

const rowSelect = {
  id: true,
  number: true,
  status: true,
  submittedAt: true,
  updatedAt: true,
  procedure: { select: { title: true } },
  profile: { select: { id: true, name: true } },
} satisfies Prisma.DossierSelect;

export type DossierRow = Prisma.DossierGetPayload<{ select: typeof rowSelect }>;

export async function listViewerDossiers(viewer: DossierViewer, filter: DossierListFilter = {}) {
  const where: Prisma.DossierWhereInput = {
    AND: [await visibleDossiersListWhere(viewer), filter.status ? { status: filter.status } : {}, filter.profileId ? { profileId: filter.profileId } : {}],
  };
  const total = await db.dossier.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / DOSSIERS_PAGE_SIZE));
  const page = Math.min(Math.max(1, filter.page ?? 1), pageCount);
  const rows = await db.dossier.findMany({
    where,
    select: rowSelect,
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * DOSSIERS_PAGE_SIZE,
    take: DOSSIERS_PAGE_SIZE,
  });
  return { rows, total, page, pageCount };
}
