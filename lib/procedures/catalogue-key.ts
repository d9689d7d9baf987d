// The catalogue's address (/demarches?recherche=…&public=…&page=…) turned into one path segment,
// so that each search is a page of its own in the cache (proxy.ts rewrites /demarches to
// /catalogue/<key>; docs/decisions/025-public-pages-cache.md). Only what the page reads is kept,
// in one order: the same search, however written, is one cache entry.

export const ALL_PROCEDURES_KEY = 'toutes';
export const AUDIENCE_PARAMS = ['associations', 'particuliers'] as const;
const MAX_TEXT = 200;

export type CatalogueParams = { text: string; audience: (typeof AUDIENCE_PARAMS)[number] | ''; page: number };

function normalise(text: string | null, audience: string | null, page: string | null): CatalogueParams {
  return {
    text: (text ?? '').trim().slice(0, MAX_TEXT),
    audience: AUDIENCE_PARAMS.find((known) => known === audience) ?? '',
    page: Math.max(1, Math.floor(Number(page)) || 1),
  };
}

/** The cache key of a catalogue address's query (a path segment, already encoded). */
export function catalogueKey(search: URLSearchParams): string {
  const { text, audience, page } = normalise(search.get('recherche'), search.get('public'), search.get('page'));
  const query = new URLSearchParams();
  if (text) query.set('recherche', text);
  if (audience) query.set('public', audience);
  if (page > 1) query.set('page', String(page));
  const key = query.toString();
  return key ? encodeURIComponent(key) : ALL_PROCEDURES_KEY;
}

/** Back from the segment (as the router gives it, decoded or not). */
export function parseCatalogueKey(segment: string): CatalogueParams {
  if (segment === ALL_PROCEDURES_KEY) return normalise(null, null, null);
  const query = new URLSearchParams(segment.includes('=') ? segment : decodeURIComponent(segment));
  return normalise(query.get('recherche'), query.get('public'), query.get('page'));
}
