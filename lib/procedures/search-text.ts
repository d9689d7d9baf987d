// The catalogue's search compares words without case or accents (« equipement » finds
// « Équipement »). PGlite has no `unaccent`: the text is normalised here, stored in
// Procedure.searchText, and each word of the query is normalised the same way.

const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

export function normalizeSearchText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[œæß]/g, (letter) => LIGATURES[letter])
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** The distinct words of a query, at most 8 (a longer query is noise, not intent). */
export function searchWords(query: string): string[] {
  return [...new Set(normalizeSearchText(query).split(' ').filter(Boolean))].slice(0, 8);
}
