import { describe, expect, it } from 'vitest';
import { formatDateTime, formatLongDate, formatShortDate, formatTime } from './date';

describe('French dates', () => {
  it('writes the month in words, in the Paris time zone', () => {
    expect(formatLongDate(new Date('2026-11-29T10:00:00Z'))).toBe('29 novembre 2026');
    // 23:30 UTC on the 31st is already the 1st in Paris.
    expect(formatLongDate(new Date('2026-12-31T23:30:00Z'))).toBe('1 janvier 2027');
  });

  it('writes times « 14 h 05 », as French administrations do, everywhere a time is shown', () => {
    expect(formatTime(new Date('2026-11-29T13:05:00Z'))).toBe('14\u00a0h\u00a005');
    expect(formatDateTime(new Date('2026-11-29T13:05:00Z'))).toBe('29 novembre 2026 à 14\u00a0h\u00a005');
    expect(formatDateTime(new Date('2026-07-01T07:09:00Z'))).toBe('1 juillet 2026 à 09\u00a0h\u00a009');
  });

  it('writes short dates as dd/mm/yyyy', () => {
    expect(formatShortDate(new Date('2026-11-29T10:00:00Z'))).toBe('29/11/2026');
  });
});
