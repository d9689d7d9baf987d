import 'server-only';
import { db } from '@/lib/db';
import type { Prisma, ProcedureAudience } from '@/lib/generated/prisma/client';
import { compareFrench } from '@/lib/format/sort';
import { procedureCardSelect, type ProcedureCard } from './procedure-card';
import { searchWords } from './search-text';

// Public data: no viewer to scope by.

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
  // Sorted in French here, not by the database's byte order: a catalogue holds a few hundred
  // démarches at most, so reading their titles to sort them costs less than one page render.
  const titles = await db.procedure.findMany({ where, select: { id: true, title: true } });
  titles.sort((a, b) => compareFrench(a.title, b.title) || (a.id < b.id ? -1 : 1));
  const total = titles.length;
  const pageCount = Math.max(1, Math.ceil(total / CATALOGUE_PAGE_SIZE));
  const current = Math.min(Math.max(1, Math.floor(page)), pageCount);
  const pageIds = titles.slice((current - 1) * CATALOGUE_PAGE_SIZE, current * CATALOGUE_PAGE_SIZE).map((row) => row.id);
  const rows = await db.procedure.findMany({ where: { id: { in: pageIds } }, select: { id: true, ...procedureCardSelect } });
  const byId = new Map(rows.map(({ id, ...card }) => [id, card]));
  const cards = pageIds.flatMap((id) => byId.get(id) ?? []);
  return { cards, total, page: current, pageCount };
}
