import { describe, expect, it, vi } from 'vitest';
import { openPending, sealPending } from './pending-cookie';

const SECRET = 'x'.repeat(40);
const pending = { provider: 'franceconnect', state: 'etat-aleatoire-de-test', nonce: 'nonce-aleatoire-de-test-0123456789' };

describe('the state and nonce cookie', () => {
  it('gives back what was sealed', () => {
    expect(openPending(sealPending(pending, SECRET), SECRET)).toEqual(pending);
  });

  it('refuses a cookie changed by hand, sealed with another secret, or absent', () => {
    const sealed = sealPending(pending, SECRET);
    const [, signature] = sealed.split('.');
    const forged = `${Buffer.from(JSON.stringify({ ...pending, state: 'etat-choisi', at: Date.now() })).toString('base64url')}.${signature}`;
    expect(openPending(forged, SECRET)).toBeNull();
    expect(openPending(sealPending(pending, 'y'.repeat(40)), SECRET)).toBeNull();
    expect(openPending(undefined, SECRET)).toBeNull();
    expect(openPending('pas-un-cookie', SECRET)).toBeNull();
  });

  it('expires after 10 minutes', () => {
    vi.useFakeTimers();
    try {
      const sealed = sealPending(pending, SECRET);
      vi.advanceTimersByTime(10 * 60 * 1000 + 1000);
      expect(openPending(sealed, SECRET)).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });
});
