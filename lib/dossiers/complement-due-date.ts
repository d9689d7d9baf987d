import { endOfParisDay, toParisDay } from '@/lib/procedures/campaign-dates';

// The date by which the applicant should answer a request for compléments. A calendar day in the
// Département's time zone, stored as the end of that day (like a démarche's closing date). It is
// indicative: past it, the applicant may still answer; the pages only say it has passed.

/** When the démarche sets no delay of its own. */
export const DEFAULT_COMPLEMENT_RESPONSE_DAYS = 15;
export const COMPLEMENT_RESPONSE_DAYS_MAX = 365;

/** The Paris day `days` days after today, as YYYY-MM-DD (the value of a date input). */
export function defaultComplementDueDay(days: number | null | undefined, now: Date = new Date()): string {
  const [year, month, day] = toParisDay(now).split('-').map(Number);
  const due = new Date(Date.UTC(year, month - 1, day + (days ?? DEFAULT_COMPLEMENT_RESPONSE_DAYS)));
  return due.toISOString().slice(0, 10);
}

/** True when a YYYY-MM-DD day is after today in Paris. */
export function isFutureParisDay(day: string, now: Date = new Date()): boolean {
  return day > toParisDay(now);
}

export function complementDueAt(day: string): Date {
  return endOfParisDay(day);
}

export function isComplementOverdue(dueAt: Date, now: Date = new Date()): boolean {
  return dueAt.getTime() < now.getTime();
}
