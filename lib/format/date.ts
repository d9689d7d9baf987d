import { NBSP } from './french-spacing';

// Dates as French readers expect them: « 29 novembre 2026 », « 29/11/2026 ».
// Always in the Département's time zone, whatever the server's.

const TIME_ZONE = 'Europe/Paris';

const longDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: TIME_ZONE });
const shortDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: TIME_ZONE });

export function formatLongDate(date: Date): string {
  return longDate.format(date);
}

export function formatShortDate(date: Date): string {
  return shortDate.format(date);
}

const hourMinute = new Intl.DateTimeFormat('fr-FR', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: TIME_ZONE });

/** « 11 h 42 », as French administrations write times, with non-breaking spaces: it never splits. */
export function formatTime(date: Date): string {
  return hourMinute.format(date).replace(':', `${NBSP}h${NBSP}`);
}

/** « 29 novembre 2026 à 14 h 05 » (Paris time). */
export function formatDateTime(date: Date): string {
  return `${formatLongDate(date)} à ${formatTime(date)}`;
}
