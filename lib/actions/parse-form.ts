import type { z } from 'zod';
import { fail, type ActionFailure, type FieldErrors } from './result';

// Fields the schema does not know (e.g. a forged `role` or `userId`) are dropped by zod.

export const INVALID_FORM_MESSAGE = 'Le formulaire contient des erreurs. Corrigez-les puis validez de nouveau.';

const SECRET_FIELD = /password|token/i;

/** PostgreSQL refuses U+0000 in text: a pasted one would end in a 500, so it is refused here. */
export const CONTROL_CHARACTER_MESSAGE = 'Ce texte contient un caractère invisible non autorisé : retapez-le ou collez-le de nouveau.';
const NUL = '\u0000';

function textEntries(formData: FormData): Record<string, string> {
  const entries: Record<string, string> = {};
  for (const [name, value] of formData) {
    // Next.js adds its own $ACTION… fields; files have no place in these forms.
    if (typeof value === 'string' && !name.startsWith('$')) entries[name] = value;
  }
  return entries;
}

/** Each name once; a name posted several times (a group of boxes, uploaded file ids) gives a list. */
function formEntries(formData: FormData): Record<string, string | string[]> {
  const entries: Record<string, string | string[]> = {};
  for (const name of new Set(formData.keys())) {
    const values = formData.getAll(name).filter((value): value is string => typeof value === 'string');
    if (name.startsWith('$') || values.length === 0) continue;
    entries[name] = values.length === 1 ? values[0] : values;
  }
  return entries;
}

export function echoValues(formData: FormData): Record<string, string> {
  return Object.fromEntries(Object.entries(textEntries(formData)).filter(([name]) => !SECRET_FIELD.test(name)));
}

export function issuesByField(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const issue of issues) {
    const field = String(issue.path[0] ?? '');
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message];
  }
  return fieldErrors;
}

export type ParsedForm<S extends z.ZodType> = { success: true; data: z.output<S> } | { success: false; failure: ActionFailure };

export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): ParsedForm<S> {
  const entries = formEntries(formData);
  const withNul = Object.keys(entries).filter((name) => [entries[name]].flat().some((value) => value.includes(NUL)));
  if (withNul.length > 0) {
    const fieldErrors = Object.fromEntries(withNul.map((name) => [name, [CONTROL_CHARACTER_MESSAGE]]));
    return { success: false, failure: { ...fail(INVALID_FORM_MESSAGE, fieldErrors), values: echoValues(formData) } };
  }
  const result = schema.safeParse(entries);
  if (result.success) return { success: true, data: result.data };
  return { success: false, failure: { ...fail(INVALID_FORM_MESSAGE, issuesByField(result.error.issues)), values: echoValues(formData) } };
}
