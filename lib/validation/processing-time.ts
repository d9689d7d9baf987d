import { z } from 'zod';
import { PROCESSING_TIME_MAX, PROCESSING_TIME_UNITS, type ProcessingTimeUnit } from '@/lib/procedures/processing-time';

// The builder's « Délai indicatif de traitement »: a number and its unit, both given or both left
// empty (a démarche whose department cannot commit to a time says nothing rather than a wrong one).

export const processingTimeShape = {
  processingTime: z.string().trim().optional(),
  processingTimeUnit: z.union([z.enum(PROCESSING_TIME_UNITS), z.literal('')]).optional(),
};

const UNIT_WORDS: Record<ProcessingTimeUnit, string> = { DAYS: 'jours', WEEKS: 'semaines', MONTHS: 'mois' };

export const PROCESSING_TIME_MESSAGES = {
  missingValue: 'Saisissez le nombre de jours, de semaines ou de mois, par exemple 2, ou laissez aussi l’unité vide',
  missingUnit: 'Choisissez l’unité du délai : jours, semaines ou mois, ou laissez aussi le nombre vide',
  notWhole: 'Saisissez un nombre entier, par exemple 2',
  outOfRange: (unit: ProcessingTimeUnit) => `Saisissez un nombre entier entre 1 et ${PROCESSING_TIME_MAX[unit]} ${UNIT_WORDS[unit]}`,
} as const;

type ProcessingTimeForm = { processingTime?: string; processingTimeUnit?: ProcessingTimeUnit | '' };

function read(form: ProcessingTimeForm) {
  const text = form.processingTime ?? '';
  return { text, value: /^\d{1,4}$/.test(text) ? Number(text) : null, unit: form.processingTimeUnit || null };
}

/** Issues go to the field to correct (a refinement of the whole form). */
export function checkProcessingTime(form: ProcessingTimeForm, context: z.RefinementCtx): void {
  const { text, value, unit } = read(form);
  if (!text && !unit) return;
  if (!text) {
    context.addIssue({ code: 'custom', path: ['processingTime'], message: PROCESSING_TIME_MESSAGES.missingValue });
    return;
  }
  if (value === null) context.addIssue({ code: 'custom', path: ['processingTime'], message: PROCESSING_TIME_MESSAGES.notWhole });
  if (!unit) context.addIssue({ code: 'custom', path: ['processingTimeUnit'], message: PROCESSING_TIME_MESSAGES.missingUnit });
  else if (value !== null && (value < 1 || value > PROCESSING_TIME_MAX[unit])) {
    context.addIssue({ code: 'custom', path: ['processingTime'], message: PROCESSING_TIME_MESSAGES.outOfRange(unit) });
  }
}

/** The stored columns, once checked: both null when not stated. */
export function processingTimeColumns(form: ProcessingTimeForm): { processingTime: number | null; processingTimeUnit: ProcessingTimeUnit | null } {
  const { value, unit } = read(form);
  return value !== null && unit !== null ? { processingTime: value, processingTimeUnit: unit } : { processingTime: null, processingTimeUnit: null };
}
