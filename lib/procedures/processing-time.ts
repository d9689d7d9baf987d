// A démarche's indicative processing time: a whole number of days, weeks or months, as a
// department announces it (« 2 mois », « 15 jours »). Pure: pages, emails and the builder use it.

export const PROCESSING_TIME_UNITS = ['DAYS', 'WEEKS', 'MONTHS'] as const;

export type ProcessingTimeUnit = (typeof PROCESSING_TIME_UNITS)[number];

export type ProcessingTime = { value: number; unit: ProcessingTimeUnit };

/** The longest time a department may announce, per unit: about two years. */
export const PROCESSING_TIME_MAX: Record<ProcessingTimeUnit, number> = { DAYS: 730, WEEKS: 104, MONTHS: 24 };

const UNIT_NAMES: Record<ProcessingTimeUnit, [singular: string, plural: string]> = {
  DAYS: ['jour', 'jours'],
  WEEKS: ['semaine', 'semaines'],
  MONTHS: ['mois', 'mois'],
};

/** The builder's choices (« jours », « semaines », « mois »). */
export const PROCESSING_TIME_UNIT_OPTIONS = PROCESSING_TIME_UNITS.map((unit) => ({ value: unit, label: UNIT_NAMES[unit][1] }));

export function processingTimeOf(value: number | null, unit: ProcessingTimeUnit | null): ProcessingTime | null {
  return value !== null && unit !== null ? { value, unit } : null;
}

/** « 2 mois », « 1 semaine », « 15 jours », with a non-breaking space between number and unit. */
export function formatProcessingTime({ value, unit }: ProcessingTime): string {
  const [singular, plural] = UNIT_NAMES[unit];
  return `${value.toLocaleString('fr-FR')}\u00a0${value === 1 ? singular : plural}`;
}
