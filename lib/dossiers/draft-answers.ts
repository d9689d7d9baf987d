import { isAnswerField, PARAGRAPH_MAX_LENGTH, type FieldDefinition } from '@/lib/procedures/field-definitions';

// A draft keeps what the person typed, as typed (strings), for the fields of its form only:
// checking happens at deposit. Unknown keys (another version's fields, forged ones) are dropped.

export type DraftAnswers = Record<string, string>;

export function keepDraftAnswers(fields: readonly FieldDefinition[], input: Readonly<Record<string, unknown>>): DraftAnswers {
  const kept: DraftAnswers = {};
  for (const field of fields) {
    if (!isAnswerField(field)) continue;
    const raw = input[field.id];
    const text = typeof raw === 'string' ? raw : typeof raw === 'number' || typeof raw === 'boolean' ? String(raw) : undefined;
    if (text !== undefined && text !== '') kept[field.id] = text.slice(0, PARAGRAPH_MAX_LENGTH);
  }
  return kept;
}

/** The stored JSON (a draft's strings, or a deposited dossier's typed values) as form values. */
export function answersAsFormValues(stored: unknown): DraftAnswers {
  if (!stored || typeof stored !== 'object') return {};
  const values: DraftAnswers = {};
  for (const [id, value] of Object.entries(stored as Record<string, unknown>)) {
    if (typeof value === 'string') values[id] = value;
    else if (typeof value === 'number') values[id] = String(value).replace('.', ',');
    else if (typeof value === 'boolean') values[id] = value ? 'oui' : 'non';
  }
  return values;
}
