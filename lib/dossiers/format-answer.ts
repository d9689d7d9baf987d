import { formatEuros, formatNumber } from '@/lib/format/number';
import type { AnswerField } from '@/lib/procedures/field-definitions';

// An answer as a person reads it (receipt, summary): « Oui », « 1 500,00 € », « 31/12/2026 ».

export function formatAnswer(field: AnswerField, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'Non renseigné';
  if (typeof value === 'boolean') return value ? 'Oui' : 'Non';
  if (typeof value === 'number') return field.type === 'amount' ? formatEuros(value) : formatNumber(value);
  const text = String(value);
  if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(text)) return text.split('-').reverse().join('/');
  return text;
}
