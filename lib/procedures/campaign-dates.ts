// A démarche opens at the start of its opening day and closes at the end of its closing day, in
// the Département's time zone: « Date limite : 31 décembre 2026 » means until 23:59 that day.

const TIME_ZONE = 'Europe/Paris';
const wallClock = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

function wallClockParts(date: Date): Record<string, number> {
  return Object.fromEntries(
    wallClock
      .formatToParts(date)
      .filter((part) => part.type !== 'literal')
      .map((part) => [part.type, Number(part.value)]),
  );
}

/** Minutes to add to UTC to get Paris time at that instant (60 in winter, 120 in summer). */
function parisOffsetMinutes(date: Date): number {
  const parts = wallClockParts(date);
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

function parisWallTime(day: string, hours: number, minutes: number, seconds: number, ms: number): Date {
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  const guess = Date.UTC(year, month - 1, dayOfMonth, hours, minutes, seconds, ms);
  const first = guess - parisOffsetMinutes(new Date(guess)) * 60_000;
  // Around a change of time the offset at the guess and at the result can differ: use the latter.
  return new Date(guess - parisOffsetMinutes(new Date(first)) * 60_000);
}

export function startOfParisDay(day: string): Date {
  return parisWallTime(day, 0, 0, 0, 0);
}

export function endOfParisDay(day: string): Date {
  return parisWallTime(day, 23, 59, 59, 999);
}

/** The Paris calendar day of an instant, as YYYY-MM-DD (the value of a date input). */
export function toParisDay(date: Date): string {
  const parts = wallClockParts(date);
  return `${parts.year}-${String(parts.month).padStart(2, '0')}-${String(parts.day).padStart(2, '0')}`;
}

export type CampaignStatus = 'open' | 'upcoming' | 'closed';

export function campaignStatus(dates: { opensAt: Date; closesAt: Date | null }, now: Date = new Date()): CampaignStatus {
  if (dates.opensAt > now) return 'upcoming';
  if (dates.closesAt && dates.closesAt <= now) return 'closed';
  return 'open';
}
