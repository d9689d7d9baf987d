import { z } from 'zod';

// Ids carried by hidden fields: checked, never trusted (the domain checks they are the viewer's).
// Only a forged or truncated post lacks one. An action lists those that name what it acts on in
// `targets` (defineAction): then a bad one is the 404 of something that does not exist.

export const FORM_INCOMPLETE = 'Ce formulaire est incomplet : rechargez la page.';

export const hiddenId = z.uuid(FORM_INCOMPLETE);

/** A hidden value that a new item lacks (empty or absent). */
export function optionalHidden<T extends z.ZodType>(schema: T) {
  return z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
}
