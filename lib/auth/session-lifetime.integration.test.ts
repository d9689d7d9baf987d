import { afterEach, describe, expect, it, vi } from 'vitest';
import { advanceClock as advance, signedInBrowser as signedIn } from '@/test/integration/auth-browser';

// docs/security.md §1 check 13 (ASVS 7.3.2), with a fake clock: a session ends 12 hours after
// the sign-in, even when its cookie was refreshed in between (next-auth renews the cookie's expiry
// at each read of its session endpoint).

const MINUTE = 60 * 1000;

describe('session lifetime', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('ends 12 hours after the sign-in, even when the cookie was refreshed in between', async () => {
    // Only Date is faked: the database driver keeps its real timers.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date() });
    const { user, browser } = await signedIn('USAGER');
    advance(3 * 60 * MINUTE);
    expect((await browser.session())?.user?.id).toBe(user.id);
    advance(9 * 60 * MINUTE + MINUTE);
    expect(await browser.session()).toBeNull();
  });
});
