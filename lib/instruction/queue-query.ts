import { z } from 'zod';
import type { DossierStatus } from '@/lib/generated/prisma/enums';
import { INSTRUCTION_PATH } from './instruction-paths';
import { isUuid } from '@/lib/validation/uuid';

// Every parameter has a fallback: a hand-edited or stale URL shows the default, not an error.

export const QUEUE_PAGE_SIZE = 25;

/**
 * Tab counts stop here: counting every dossier of a big département on each page view costs a
 * scan that grows with the data; past the cap the tab says « plus de 1 000 » (docs/decisions/013).
 */
export const QUEUE_COUNT_CAP = 1000;

export function formatQueueCount(count: number): string {
  return count > QUEUE_COUNT_CAP ? `plus de ${QUEUE_COUNT_CAP.toLocaleString('fr-FR')}` : count.toLocaleString('fr-FR');
}

export const QUEUE_TABS = [
  { id: 'a-traiter', label: 'À traiter', statuses: ['DEPOSE'] },
  { id: 'en-instruction', label: 'En instruction', statuses: ['EN_INSTRUCTION'] },
  { id: 'complement-demande', label: 'Complément demandé', statuses: ['COMPLEMENT_DEMANDE'] },
  { id: 'traites', label: 'Traités', statuses: ['ACCEPTE', 'REFUSE', 'SANS_SUITE'] },
] as const satisfies readonly { id: string; label: string; statuses: readonly DossierStatus[] }[];

export type QueueTabId = (typeof QUEUE_TABS)[number]['id'];

/** Each sort is one column and a direction; the dossier's id breaks ties (keyset pagination). */
export const QUEUE_SORTS = [
  { id: 'depot-recent', label: 'Dépôt le plus récent', caption: 'du dépôt le plus récent au plus ancien', field: 'submittedAt', direction: 'desc' },
  { id: 'depot-ancien', label: 'Dépôt le plus ancien', caption: 'du dépôt le plus ancien au plus récent', field: 'submittedAt', direction: 'asc' },
  {
    id: 'modification',
    label: 'Dernière modification',
    caption: 'de la modification la plus récente à la plus ancienne',
    field: 'updatedAt',
    direction: 'desc',
  },
  { id: 'numero', label: 'Numéro de dossier', caption: 'par numéro croissant', field: 'number', direction: 'asc' },
] as const;

export type QueueSortId = (typeof QUEUE_SORTS)[number]['id'];
export type QueueSort = (typeof QUEUE_SORTS)[number];

export const DEFAULT_TAB: QueueTabId = 'a-traiter';
export const DEFAULT_SORT: QueueSortId = 'depot-recent';
const MAX_SEARCH_LENGTH = 100;

export type QueueCursor = { key: Date | string; id: string };

export type QueueQuery = {
  tab: QueueTabId;
  search: string;
  procedureId?: string;
  sort: QueueSortId;
  followedOnly: boolean;
  after?: QueueCursor;
  before?: QueueCursor;
};

const tabIds = QUEUE_TABS.map((tab) => tab.id) as [QueueTabId, ...QueueTabId[]];
const sortIds = QUEUE_SORTS.map((sort) => sort.id) as [QueueSortId, ...QueueSortId[]];

const paramsSchema = z.object({
  onglet: z.enum(tabIds).catch(DEFAULT_TAB),
  recherche: z
    .string()
    .transform((value) => value.replace(/\s+/g, ' ').trim().slice(0, MAX_SEARCH_LENGTH))
    .catch(''),
  demarche: z.uuid().optional().catch(undefined),
  tri: z.enum(sortIds).catch(DEFAULT_SORT),
  suivis: z.literal('1').optional().catch(undefined),
  apres: z.string().optional().catch(undefined),
  avant: z.string().optional().catch(undefined),
});

type RawParams = Record<string, string | string[] | undefined>;

export function sortById(id: QueueSortId): QueueSort {
  return QUEUE_SORTS.find((sort) => sort.id === id)!;
}

export function tabById(id: QueueTabId) {
  return QUEUE_TABS.find((tab) => tab.id === id)!;
}

/** `<key>_<id>`: milliseconds since 1970 for a date column, the number itself for « numéro ». */
export function encodeCursor(cursor: QueueCursor): string {
  return `${cursor.key instanceof Date ? cursor.key.getTime() : cursor.key}_${cursor.id}`;
}

export function decodeCursor(sort: QueueSortId, raw: string | undefined): QueueCursor | undefined {
  if (!raw) return undefined;
  const separator = raw.lastIndexOf('_');
  const key = raw.slice(0, separator);
  const id = raw.slice(separator + 1);
  if (separator < 1 || !isUuid(id)) return undefined;
  if (sortById(sort).field === 'number') return /^[0-9A-Za-z-]{1,40}$/.test(key) ? { key, id } : undefined;
  if (!/^\d{1,15}$/.test(key)) return undefined;
  const date = new Date(Number(key));
  return Number.isNaN(date.getTime()) ? undefined : { key: date, id };
}

export function parseQueueQuery(params: RawParams): QueueQuery {
  const first = (name: string) => {
    const value = params[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const parsed = paramsSchema.parse({
    onglet: first('onglet'),
    recherche: first('recherche') ?? '',
    demarche: first('demarche') || undefined,
    tri: first('tri'),
    suivis: first('suivis'),
    apres: first('apres'),
    avant: first('avant'),
  });
  const after = decodeCursor(parsed.tri, parsed.apres);
  const before = after ? undefined : decodeCursor(parsed.tri, parsed.avant);
  return {
    tab: parsed.onglet,
    search: parsed.recherche,
    procedureId: parsed.demarche,
    sort: parsed.tri,
    followedOnly: parsed.suivis === '1',
    ...(after ? { after } : {}),
    ...(before ? { before } : {}),
  };
}

export function queueHref(query: Partial<QueueQuery>): string {
  const params = new URLSearchParams();
  if (query.tab && query.tab !== DEFAULT_TAB) params.set('onglet', query.tab);
  if (query.search) params.set('recherche', query.search);
  if (query.procedureId) params.set('demarche', query.procedureId);
  if (query.sort && query.sort !== DEFAULT_SORT) params.set('tri', query.sort);
  if (query.followedOnly) params.set('suivis', '1');
  if (query.after) params.set('apres', encodeCursor(query.after));
  else if (query.before) params.set('avant', encodeCursor(query.before));
  const search = params.toString();
  return search ? `${INSTRUCTION_PATH}?${search}` : INSTRUCTION_PATH;
}

/** A search, a démarche or « suivis »: « Effacer » appears, and the empty state talks of the search. */
export function isFiltered(query: QueueQuery): boolean {
  return Boolean(query.search || query.procedureId || query.followedOnly);
}

export type SearchTerms = { numberPrefix?: string; siret?: string; rna?: string; words: string[]; text: string };

export function classifySearch(text: string): SearchTerms | undefined {
  const trimmed = text.trim();
  if (!trimmed) return undefined;
  const compact = trimmed.replace(/\s/g, '');
  return {
    text: trimmed,
    // « 2026-000123 », « 2026-0001 », « 2026 »: the unique index on the number answers a prefix.
    numberPrefix: /^\d{4}(-\d{0,10})?$/.test(compact) ? compact : undefined,
    siret: /^\d{14}$/.test(compact) ? compact : undefined,
    rna: /^W[0-9A-Z]{9}$/i.test(compact) ? compact.toUpperCase() : undefined,
    words: /\p{L}/u.test(trimmed) ? trimmed.split(' ').filter(Boolean).slice(0, 5) : [],
  };
}
