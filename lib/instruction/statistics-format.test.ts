import { describe, expect, it } from 'vitest';
import { formatDays, isoWeekOf, mondayOf, recentWeeks } from './statistics-format';

describe('ISO weeks', () => {
  it('finds the Monday of a day’s week (Sunday belongs to the week before it)', () => {
    expect(mondayOf('2026-11-29')).toBe('2026-11-23'); // a Sunday
    expect(mondayOf('2026-11-23')).toBe('2026-11-23');
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
  });

  it('numbers weeks as ISO 8601 does, across years', () => {
    expect(isoWeekOf('2026-11-29')).toEqual({ isoYear: 2026, isoWeek: 48 });
    expect(isoWeekOf('2027-01-01')).toEqual({ isoYear: 2026, isoWeek: 53 });
    expect(isoWeekOf('2024-12-30')).toEqual({ isoYear: 2025, isoWeek: 1 });
    expect(isoWeekOf('2026-01-01')).toEqual({ isoYear: 2026, isoWeek: 1 });
  });

  it('lists the last 12 weeks oldest first, with zeros for weeks without deposits', () => {
    const weeks = recentWeeks(
      '2026-11-29',
      12,
      new Map([
        ['2026-11-23', 4],
        ['2026-09-07', 2],
        ['2026-08-31', 9],
      ]),
    );
    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toEqual({ start: '2026-09-07', isoYear: 2026, isoWeek: 37, count: 2 });
    expect(weeks[11]).toEqual({ start: '2026-11-23', isoYear: 2026, isoWeek: 48, count: 4 });
    expect(weeks.slice(1, 11).every((week) => week.count === 0)).toBe(true);
    // Across the daylight saving change (25 October 2026), still one Monday a week.
    expect(weeks.map((week) => week.start)).toContain('2026-10-26');
  });
});

describe('durations in days', () => {
  it('writes French decimals and the singular under 2', () => {
    expect(formatDays(12.5)).toBe('12,5 jours');
    expect(formatDays(12.04)).toBe('12 jours');
    expect(formatDays(1)).toBe('1 jour');
    expect(formatDays(0.46)).toBe('0,5 jour');
    expect(formatDays(1.96)).toBe('2 jours');
    expect(formatDays(1234.5)).toBe('1\u202f234,5 jours');
  });
});
