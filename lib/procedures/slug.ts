import { normalizeSearchText } from './search-text';

export const SLUG_MAX_LENGTH = 80;
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** « Aide à l’équipement sportif » → « aide-a-l-equipement-sportif ». */
export function slugify(text: string, maxLength = SLUG_MAX_LENGTH): string {
  const words = normalizeSearchText(text).split(' ').filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > maxLength) break;
    slug = next;
  }
  // A first word longer than the limit is cut rather than dropped.
  return slug || words[0]?.slice(0, maxLength) || '';
}

export function uniqueSlug(base: string, taken: ReadonlySet<string>, maxLength = SLUG_MAX_LENGTH): string {
  if (!taken.has(base)) return base;
  for (let suffix = 2; ; suffix += 1) {
    const candidate = `${base.slice(0, maxLength - String(suffix).length - 1).replace(/-$/, '')}-${suffix}`;
    if (!taken.has(candidate)) return candidate;
  }
}
