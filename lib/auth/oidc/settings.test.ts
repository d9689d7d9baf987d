import { describe, expect, it } from 'vitest';
import { parseEnv } from '@/lib/env-schema';
import { oidcSettings } from './settings';

describe('oidcSettings', () => {
  it('is null for a provider that is not configured (its button is hidden)', () => {
    expect(oidcSettings(parseEnv({}), 'franceconnect')).toBeNull();
    expect(oidcSettings(parseEnv({}), 'proconnect')).toBeNull();
  });

  it('asks FranceConnect for eidas1 and its four scopes, without PKCE, and the extra claims only if configured', () => {
    const base = { FRANCECONNECT_ISSUER: 'https://fc.example/api/v2', FRANCECONNECT_CLIENT_ID: 'a', FRANCECONNECT_CLIENT_SECRET: 'b' };
    expect(oidcSettings(parseEnv(base), 'franceconnect')).toMatchObject({
      scope: 'openid given_name family_name email',
      authorizeParams: { acr_values: 'eidas1' },
      pkce: false,
      signingAlg: 'ES256',
    });
    const extra = parseEnv({ ...base, FRANCECONNECT_EXTRA_CLAIMS: 'on' });
    expect(oidcSettings(extra, 'franceconnect')?.scope).toBe('openid given_name family_name email preferred_username birthdate');
  });

  it('asks ProConnect for amr, and trusts its second factor unless PROCONNECT_TRUST_MFA=off', () => {
    const base = { PROCONNECT_ISSUER: 'https://pc.example/api/v2', PROCONNECT_CLIENT_ID: 'a', PROCONNECT_CLIENT_SECRET: 'b' };
    const settings = oidcSettings(parseEnv(base), 'proconnect');
    expect(JSON.parse(settings?.authorizeParams.claims ?? '{}')).toEqual({ id_token: { amr: { essential: true } } });
    expect(settings?.trustMfa).toBe(true);
    expect(oidcSettings(parseEnv({ ...base, PROCONNECT_TRUST_MFA: 'off' }), 'proconnect')?.trustMfa).toBe(false);
  });
});
