import { slugify, uniqueSlug } from './slug';

// Pure edits of an ordered list of form items (fields or documents), by id. Each returns the new
// list, or null when the id is not in it (the page was stale: another administrator removed it).

type Item = { id: string };

export type MoveDirection = 'up' | 'down';

export function replaceItem<T extends Item>(items: readonly T[], id: string, replacement: T): T[] | null {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) return null;
  return items.map((item, position) => (position === index ? replacement : item));
}

export function removeItem<T extends Item>(items: readonly T[], id: string): T[] | null {
  return items.some((item) => item.id === id) ? items.filter((item) => item.id !== id) : null;
}

/** At the top (or bottom) already: the list is returned unchanged. */
export function moveItem<T extends Item>(items: readonly T[], id: string, direction: MoveDirection): T[] | null {
  const index = items.findIndex((item) => item.id === id);
  if (index === -1) return null;
  const target = direction === 'up' ? index - 1 : index + 1;
  if (target < 0 || target >= items.length) return [...items];
  const moved = [...items];
  [moved[index], moved[target]] = [moved[target], moved[index]];
  return moved;
}

/** A readable id made from the label (« Montant demandé » → « montant-demande »), never one taken. */
export function newItemId(label: string, taken: ReadonlySet<string>, fallback: string): string {
  return uniqueSlug(slugify(label, 40) || fallback, taken, 60);
}
