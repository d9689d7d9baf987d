import { z } from 'zod';

/** One value posts a string, none posts nothing, an unticked lone box gives `false` (react-hook-form): all become a list. */
export function formList<T extends z.ZodType>(item: T, max: number, tooMany: string) {
  return z.preprocess(
    (value) => (value === undefined || value === false || value === '' ? [] : Array.isArray(value) ? value : [value]),
    z.array(item).max(max, tooMany),
  );
}
