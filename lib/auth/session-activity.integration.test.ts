import { afterEach, describe, expect, it, vi } from 'vitest';
import { advanceClock as advance, signedInBrowser as signedIn } from '@/test/integration/auth-browser';

// docs/security.md §1 check 13 (ASVS 7.3.1), with a fake clock: an idle agent is signed out
// after 30 minutes; activity moves the deadline; an applicant is not concerned.

const MINUTE = 60 * 1000;

describe('idle sessions', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('end an agent’s session after 30 minutes without a request, for good; each request moves the deadline', async () => {
    // Only Date is faked: the database driver keeps its real timers.
    vi.useFakeTimers({ toFake: ['Date'], now: new Date() });
    const { user, browser } = await signedIn('INSTRUCTEUR');
    advance(29 * MINUTE);
    expect((await browser.session())?.user?.id).toBe(user.id);
    advance(29 * MINUTE);
    expect((await browser.session())?.user?.id, '58 min après la connexion, 29 min après la dernière requête').toBe(user.id);
    advance(31 * MINUTE);
    expect(await browser.session()).toBeNull();
    // Coming back does not revive it.
    advance(-30 * MINUTE);
    expect(await browser.session()).toBeNull();
  });

  it('leave an applicant’s session alone while it is used', async () => {
    vi.useFakeTimers({ toFake: ['Date'], now: new Date() });
    const { user, browser } = await signedIn('USAGER');
    advance(3 * 60 * MINUTE);
    expect((await browser.session())?.user?.id).toBe(user.id);
  });
});
