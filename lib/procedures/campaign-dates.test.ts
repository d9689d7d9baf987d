import { describe, expect, it } from 'vitest';
import { campaignStatus, endOfParisDay, startOfParisDay, toParisDay } from './campaign-dates';

describe('Paris days', () => {
  it('start and end in Paris time, winter and summer', () => {
    expect(startOfParisDay('2026-12-31').toISOString()).toBe('2026-12-30T23:00:00.000Z');
    expect(endOfParisDay('2026-12-31').toISOString()).toBe('2026-12-31T22:59:59.999Z');
    expect(startOfParisDay('2026-07-14').toISOString()).toBe('2026-07-13T22:00:00.000Z');
    expect(endOfParisDay('2026-07-14').toISOString()).toBe('2026-07-14T21:59:59.999Z');
  });

  it('survive the days the clocks change', () => {
    expect(startOfParisDay('2026-03-29').toISOString()).toBe('2026-03-28T23:00:00.000Z');
    expect(endOfParisDay('2026-03-29').toISOString()).toBe('2026-03-29T21:59:59.999Z');
    expect(endOfParisDay('2026-10-25').toISOString()).toBe('2026-10-25T22:59:59.999Z');
  });

  it('read back as the same calendar day', () => {
    for (const day of ['2026-01-01', '2026-03-29', '2026-10-25', '2026-12-31']) {
      expect(toParisDay(startOfParisDay(day))).toBe(day);
      expect(toParisDay(endOfParisDay(day))).toBe(day);
    }
  });
});

describe('campaignStatus', () => {
  const opensAt = startOfParisDay('2026-03-01');
  const closesAt = endOfParisDay('2026-06-30');
  it.each([
    ['2026-02-28T22:59:59Z', 'upcoming'],
    ['2026-02-28T23:00:00Z', 'open'],
    ['2026-06-30T21:59:59Z', 'open'],
    ['2026-06-30T22:00:00Z', 'closed'],
  ])('at %s: %s', (now, status) => {
    expect(campaignStatus({ opensAt, closesAt }, new Date(now))).toBe(status);
  });

  it('without a closing date, stays open', () => {
    expect(campaignStatus({ opensAt, closesAt: null }, new Date('2099-01-01'))).toBe('open');
  });
});
