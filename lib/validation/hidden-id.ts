import { z } from 'zod';

// Checked, never trusted: the domain checks they are the viewer's (docs/architecture.md, « Nommage »).

export const FORM_INCOMPLETE = 'Ce formulaire est incomplet : rechargez la page.';

export const hiddenId = z.uuid(FORM_INCOMPLETE);

/** A hidden value that a new item lacks (empty or absent). */
export function optionalHidden<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}
