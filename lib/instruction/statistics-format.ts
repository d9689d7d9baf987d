export type WeekBucket = { /** Monday, yyyy-mm-dd. */ start: string; isoYear: number; isoWeek: number; count: number };

const DAY_MS = 24 * 60 * 60 * 1000;

function dayToUtc(day: string): number {
  const [year, month, date] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date);
}

function utcToDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** The Monday of the ISO week holding `day` (yyyy-mm-dd, a calendar day: no time zone here). */
export function mondayOf(day: string): string {
  const time = dayToUtc(day);
  const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  return utcToDay(time - weekday * DAY_MS);
}

/** ISO 8601 week number and its year (the year of the week's Thursday). */
export function isoWeekOf(day: string): { isoYear: number; isoWeek: number } {
  const thursday = dayToUtc(mondayOf(day)) + 3 * DAY_MS;
  const isoYear = new Date(thursday).getUTCFullYear();
  const isoWeek = 1 + Math.floor((thursday - Date.UTC(isoYear, 0, 1)) / (7 * DAY_MS));
  return { isoYear, isoWeek };
}

export function recentWeeks(today: string, count: number, counts: ReadonlyMap<string, number> = new Map()): WeekBucket[] {
  const lastMonday = dayToUtc(mondayOf(today));
  return Array.from({ length: count }, (_, index) => {
    const start = utcToDay(lastMonday - (count - 1 - index) * 7 * DAY_MS);
    return { start, ...isoWeekOf(start), count: counts.get(start) ?? 0 };
  });
}

const days = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** « 12,5 jours », « 1 jour », « 0,5 jour » (French: singular under 2). */
export function formatDays(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return `${days.format(rounded)} ${Math.abs(rounded) < 2 ? 'jour' : 'jours'}`;
}

/** « S48 »: short enough for a chart's axis (the table beside it gives the dates). */
export function weekLabel(bucket: Pick<WeekBucket, 'isoWeek'>): string {
  return `S${bucket.isoWeek}`;
}
