import { buildAnswersSchema } from '@/lib/procedures/answers-schema';
import { isAnswerField, type AnswerField, type FieldDefinition } from '@/lib/procedures/field-definitions';
import { formatAnswer } from './format-answer';
import type { PrefilledAnswers, PrefillSource } from './prefill-answers';

// For the agent: which answers came from the profile or the account, and whether the applicant
// changed them. Both sides go through the field's own rules, so « 01.23.45.67.89 » typed over
// « 01 23 45 67 89 » is not a change.

export type PrefillOrigin = { source: PrefillSource; changed: boolean; prefilled: string };

function normalised(field: AnswerField, value: unknown): unknown {
  const parsed = buildAnswersSchema([{ ...field, required: false }]).safeParse({ [field.id]: value });
  if (parsed.success) return parsed.data[field.id];
  return typeof value === 'string' ? value.trim() : value;
}

export function prefillOrigins(
  fields: readonly FieldDefinition[],
  prefilled: PrefilledAnswers,
  answers: Readonly<Record<string, unknown>>,
): Record<string, PrefillOrigin> {
  const origins: Record<string, PrefillOrigin> = {};
  for (const field of fields) {
    const entry = prefilled[field.id];
    if (!entry || !isAnswerField(field)) continue;
    const before = normalised(field, entry.value);
    origins[field.id] = {
      source: entry.source,
      changed: before !== normalised(field, answers[field.id] ?? ''),
      prefilled: formatAnswer(field, before),
    };
  }
  return origins;
}
