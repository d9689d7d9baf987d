import { z } from 'zod';

/**
 * A field posted under one name several times (boxes of a group, uploaded file ids). The form
 * gives a string for one value and nothing for none; react-hook-form gives `false` for an unticked
 * lone box: all become a list.
 */
export function formList<T extends z.ZodType>(item: T, max: number, tooMany: string) {
  return z.preprocess(
    (value) => (value === undefined || value === false || value === '' ? [] : Array.isArray(value) ? value : [value]),
    z.array(item).max(max, tooMany),
  );
}
