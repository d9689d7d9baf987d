import { describe, expect, it } from 'vitest';
import { blockSecondsAfterFailures, MAX_BLOCK_SECONDS } from './throttle-rules';

describe('blockSecondsAfterFailures', () => {
  it('lets the first 4 failures through', () => {
    for (const failures of [0, 1, 2, 3, 4]) expect(blockSecondsAfterFailures(failures)).toBe(0);
  });

  it('blocks 1 minute after the 5th failure, then doubles', () => {
    expect(blockSecondsAfterFailures(5)).toBe(60);
    expect(blockSecondsAfterFailures(6)).toBe(120);
    expect(blockSecondsAfterFailures(7)).toBe(240);
    expect(blockSecondsAfterFailures(8)).toBe(480);
  });

  it('never blocks more than 24 hours', () => {
    expect(blockSecondsAfterFailures(16)).toBe(MAX_BLOCK_SECONDS);
    expect(blockSecondsAfterFailures(1000)).toBe(MAX_BLOCK_SECONDS);
  });

  it('keeps an attacker under 25 guesses in 24 hours', () => {
    let elapsed = 0;
    let failures = 0;
    while (elapsed < MAX_BLOCK_SECONDS) {
      failures += 1;
      elapsed += blockSecondsAfterFailures(failures);
    }
    expect(failures).toBeLessThanOrEqual(25);
  });
});
