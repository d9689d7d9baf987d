import 'server-only';
import { db } from '@/lib/db';
import type { Prisma, ProcedureAudience } from '@/lib/generated/prisma/client';
import { procedureCardSelect, type ProcedureCard } from './procedure-card';
import { searchWords } from './search-text';

// The catalogue (/demarches): published démarches open now, searched by words (each word must
// appear in the title, the summary or the description, without regard to case or accents) and
// filtered by audience. Public data: no viewer to scope by.

export const CATALOGUE_PAGE_SIZE = 20;

export type CatalogueQuery = { text?: string; audience?: ProcedureAudience; page?: number };
export type CataloguePage = { cards: ProcedureCard[]; total: number; page: number; pageCount: number };

export function openProceduresWhere(now: Date): Prisma.ProcedureWhereInput {
  return { published: true, opensAt: { lte: now }, OR: [{ closesAt: null }, { closesAt: { gt: now } }] };
}

export async function searchOpenProcedures({ text = '', audience, page = 1 }: CatalogueQuery, now: Date = new Date()): Promise<CataloguePage> {
  const where: Prisma.ProcedureWhereInput = {
    ...openProceduresWhere(now),
    ...(audience ? { audience } : {}),
    // Words are [a-z0-9] only (normalised): nothing LIKE would read as a wildcard.
    AND: searchWords(text).map((word) => ({ searchText: { contains: word } })),
  };
  const total = await db.procedure.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const cards = await db.procedure.findMany({
    where,
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
    skip: (current - 1) * CATALOGUE_PAGE_SIZE,
    take: CATALOGUE_PAGE_SIZE,
    select: procedureCardSelect,
  });
  return { cards, total, page: current, pageCount };
}
