import { describe, expect, it } from 'vitest';
import { isSameOriginRequest } from './same-origin';

const APP_URL = 'https://guichet.departement.fr';
const headers = (entries: Record<string, string>) => new Headers(entries);

describe('isSameOriginRequest', () => {
  it('accepts the origin of APP_URL, or the origin of the host the request reached', () => {
    expect(isSameOriginRequest(headers({ origin: 'https://guichet.departement.fr' }), APP_URL)).toBe(true);
    expect(isSameOriginRequest(headers({ origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }), APP_URL)).toBe(true);
  });

  it('refuses another site, a look-alike, a missing or null origin', () => {
    expect(isSameOriginRequest(headers({ origin: 'https://evil.example', host: 'guichet.departement.fr' }), APP_URL)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: 'https://guichet.departement.fr.evil.example' }), APP_URL)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: 'http://guichet.departement.fr' }), APP_URL)).toBe(false);
    expect(isSameOriginRequest(headers({ host: 'guichet.departement.fr' }), APP_URL)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: 'null', host: 'guichet.departement.fr' }), APP_URL)).toBe(false);
    expect(isSameOriginRequest(headers({ origin: 'pas une url' }), APP_URL)).toBe(false);
  });
});
