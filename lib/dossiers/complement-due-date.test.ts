import { describe, expect, it } from 'vitest';
import { endOfParisDay } from '@/lib/procedures/campaign-dates';
import { complementDueAt, defaultComplementDueDay, isComplementOverdue, isFutureParisDay } from './complement-due-date';

describe('the date to answer a request for compléments by', () => {
  it('proposes today in Paris plus the démarche’s delay, 15 days when it sets none', () => {
    const now = new Date('2026-12-06T23:30:00Z'); // already 7 December in Paris
    expect(defaultComplementDueDay(null, now)).toBe('2026-12-22');
    expect(defaultComplementDueDay(undefined, now)).toBe('2026-12-22');
    expect(defaultComplementDueDay(30, now)).toBe('2027-01-06');
  });

  it('is in the future from tomorrow in Paris on', () => {
    const now = new Date('2026-12-06T23:30:00Z');
    expect(isFutureParisDay('2026-12-07', now)).toBe(false);
    expect(isFutureParisDay('2026-12-08', now)).toBe(true);
  });

  it('lasts until the end of its day, then has passed', () => {
    const dueAt = complementDueAt('2026-12-21');
    expect(dueAt).toEqual(endOfParisDay('2026-12-21'));
    expect(isComplementOverdue(dueAt, new Date('2026-12-21T22:00:00Z'))).toBe(false);
    expect(isComplementOverdue(dueAt, new Date('2026-12-21T23:00:01Z'))).toBe(true);
  });
});
