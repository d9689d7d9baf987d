import { describe, expect, it } from 'vitest';
import { formatWait } from './format-wait';

describe('formatWait', () => {
  it.each([
    [0, '1 minute'],
    [1, '1 minute'],
    [60, '1 minute'],
    [61, '2 minutes'],
    [120, '2 minutes'],
    [59 * 60, '59 minutes'],
    [3600, '1 heure'],
    [3601, '1 heure et 1 minute'],
    [2 * 3600 + 30 * 60, '2 heures et 30 minutes'],
    [24 * 3600, '24 heures'],
  ])('%i s → « %s »', (seconds, text) => {
    expect(formatWait(seconds)).toBe(text);
  });
});
