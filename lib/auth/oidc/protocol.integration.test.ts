import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jwtPayload, loginAtProvider, signJwt } from '@/test/oidc/drive';
import { startTestProvider, type TestProvider, testSub } from '@/test/oidc/test-provider';
import { authorizationRequest, completeAuthorization, endSessionUrl, OidcError, type OidcFailure, providerConfiguration } from './protocol';
import { type OidcSettings, oidcSettings } from './settings';

// The client (openid-client) against a real OpenID provider (oidc-provider) configured like
// FranceConnect and like ProConnect. The refusals tamper with the provider's genuine answers on
// their way to the client: a signature, an audience, an expiry, a nonce, an unsigned userinfo.

const APP_URL = 'http://localhost:3999';
let franceConnect: TestProvider;
let proConnect: TestProvider;
let fcSettings: OidcSettings;
let pcSettings: OidcSettings;

beforeAll(async () => {
  franceConnect = await startTestProvider({ kind: 'franceconnect', clientId: 'guichet-fc', clientSecret: 'secret-fc', appUrl: APP_URL });
  proConnect = await startTestProvider({ kind: 'proconnect', clientId: 'guichet-pc', clientSecret: 'secret-pc', appUrl: APP_URL });
  const env = {
    FRANCECONNECT_ISSUER: franceConnect.issuer,
    FRANCECONNECT_CLIENT_ID: 'guichet-fc',
    FRANCECONNECT_CLIENT_SECRET: 'secret-fc',
    FRANCECONNECT_SIGNING_ALG: 'ES256',
    FRANCECONNECT_EXTRA_CLAIMS: 'off',
    PROCONNECT_ISSUER: proConnect.issuer,
    PROCONNECT_CLIENT_ID: 'guichet-pc',
    PROCONNECT_CLIENT_SECRET: 'secret-pc',
    PROCONNECT_SIGNING_ALG: 'RS256',
    PROCONNECT_TRUST_MFA: 'on',
  } as const;
  fcSettings = oidcSettings(env, 'franceconnect') as OidcSettings;
  pcSettings = oidcSettings(env, 'proconnect') as OidcSettings;
});

afterAll(async () => {
  await franceConnect?.close();
  await proConnect?.close();
});

const callbackOf = (settings: OidcSettings) => `${APP_URL}/api/auth/callback/${settings.id}`;

type Tamper = (url: string, response: Response) => Promise<Response>;

/** The configuration with `tamper` applied to every answer of the provider. */
function configurationWith(settings: OidcSettings, tamper?: Tamper) {
  if (!tamper) return providerConfiguration(settings);
  return providerConfiguration(settings, {
    customFetch: async (url, options) => tamper(String(url), await fetch(url, options as RequestInit)),
  });
}

async function signInAt(
  settings: OidcSettings,
  options: { email?: string; mfa?: boolean; cancel?: boolean; tamper?: Tamper; nonce?: string; state?: string } = {},
) {
  const config = await configurationWith(settings, options.tamper);
  const { url, pending } = await authorizationRequest(settings, config, callbackOf(settings));
  const email = options.email ?? `personne-${Math.random().toString(16).slice(2)}@exemple.test`;
  const callback = await loginAtProvider(
    url,
    { email, givenName: 'Angela Claire Louise', familyName: 'Dubois', mfa: options.mfa, cancel: options.cancel },
    callbackOf(settings),
  );
  const checked = { ...pending, ...(options.nonce ? { nonce: options.nonce } : {}), ...(options.state ? { state: options.state } : {}) };
  return { email, identity: () => completeAuthorization(settings, config, callback, checked) };
}

async function failureOf(promise: Promise<unknown>): Promise<OidcFailure | 'accepted'> {
  try {
    await promise;
    return 'accepted';
  } catch (error) {
    if (error instanceof OidcError) return error.failure;
    throw error;
  }
}

/** Replaces the ID token of the token endpoint's answer by `forge(its claims)`, signed with the provider's key. */
function forgeIdToken(provider: () => TestProvider, forge: (claims: Record<string, unknown>) => Record<string, unknown>): Tamper {
  return async (url, response) => {
    if (!url.endsWith('/token')) return response;
    const body = (await response.json()) as { id_token: string };
    body.id_token = signJwt(forge(jwtPayload(body.id_token)), provider().keys.ec);
    return Response.json(body, { status: response.status });
  };
}

describe('FranceConnect-like provider', () => {
  it('gives the identity from the signed userinfo, with the acr eidas1 and the sub of the provider', async () => {
    const { email, identity } = await signInAt(fcSettings);
    const result = await identity();
    expect(result).toMatchObject({ sub: testSub(email), email, givenName: 'Angela Claire Louise', familyName: 'Dubois', acr: 'eidas1' });
    expect(result.idToken.split('.')).toHaveLength(3);
    expect(JSON.parse(Buffer.from(result.idToken.split('.')[0], 'base64url').toString()).alg).toBe('ES256');
  });

  it('asks eidas1, state and a nonce of 22 characters or more, and no PKCE (which FranceConnect refuses)', async () => {
    const config = await providerConfiguration(fcSettings);
    const { url, pending } = await authorizationRequest(fcSettings, config, callbackOf(fcSettings));
    expect(url.searchParams.get('acr_values')).toBe('eidas1');
    expect(url.searchParams.get('scope')).toBe('openid given_name family_name email');
    expect(url.searchParams.get('state')).toBe(pending.state);
    expect(pending.nonce.length).toBeGreaterThanOrEqual(22);
    expect(url.searchParams.has('code_challenge')).toBe(false);
    const withPkce = await authorizationRequest({ ...fcSettings, pkce: true }, config, callbackOf(fcSettings));
    expect((await fetch(withPkce.url, { redirect: 'manual' })).status).toBe(400);
  });

  it('says « cancelled » when the person cancels at the provider (access_denied)', async () => {
    const { identity } = await signInAt(fcSettings, { cancel: true });
    expect(await failureOf(identity())).toBe('cancelled');
  });

  it('refuses a callback whose state is not this browser’s', async () => {
    const { identity } = await signInAt(fcSettings, { state: 'un-autre-etat-que-celui-envoye' });
    expect(await failureOf(identity())).toBe('invalid');
  });

  it('refuses an ID token whose nonce is not the one sent (a replayed ID token)', async () => {
    const { identity } = await signInAt(fcSettings, { nonce: 'nonce-d-une-autre-connexion-0123456789' });
    expect(await failureOf(identity())).toBe('invalid');
  });

  it('refuses a callback replayed once its code was spent', async () => {
    const config = await providerConfiguration(fcSettings);
    const { url, pending } = await authorizationRequest(fcSettings, config, callbackOf(fcSettings));
    const callback = await loginAtProvider(url, { email: 'rejeu@exemple.test' }, callbackOf(fcSettings));
    await completeAuthorization(fcSettings, config, callback, pending);
    expect(await failureOf(completeAuthorization(fcSettings, config, callback, pending))).toBe('invalid');
    expect(await failureOf(completeAuthorization(fcSettings, config, callback, null))).toBe('invalid');
  });

  it('refuses an ID token with a bad signature', async () => {
    const tamper: Tamper = async (url, response) => {
      if (!url.endsWith('/token')) return response;
      const body = (await response.json()) as { id_token: string };
      const [header, payload, signature] = body.id_token.split('.');
      const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
      body.id_token = `${header}.${payload}.${flipped}`;
      return Response.json(body);
    };
    const { identity } = await signInAt(fcSettings, { tamper });
    expect(await failureOf(identity())).toBe('invalid');
  });

  it('refuses an ID token signed by another key than the provider’s', async () => {
    const stranger = await startTestProvider({ kind: 'franceconnect', clientId: 'x', clientSecret: 'y', appUrl: APP_URL });
    try {
      const tamper: Tamper = async (url, response) => {
        if (!url.endsWith('/token')) return response;
        const body = (await response.json()) as { id_token: string };
        body.id_token = signJwt(jwtPayload(body.id_token), { ...stranger.keys.ec, kid: franceConnect.keys.ec.kid });
        return Response.json(body);
      };
      const { identity } = await signInAt(fcSettings, { tamper });
      expect(await failureOf(identity())).toBe('invalid');
    } finally {
      await stranger.close();
    }
  });

  it('accepts a token re-signed with the provider’s key (the forging below is sound)', async () => {
    const { identity } = await signInAt(fcSettings, {
      tamper: forgeIdToken(
        () => franceConnect,
        (claims) => claims,
      ),
    });
    expect(await failureOf(identity())).toBe('accepted');
  });

  it('refuses an ID token issued to another client (audience)', async () => {
    const { identity } = await signInAt(fcSettings, {
      tamper: forgeIdToken(
        () => franceConnect,
        (claims) => ({ ...claims, aud: 'un-autre-service' }),
      ),
    });
    expect(await failureOf(identity())).toBe('invalid');
  });

  it('refuses an ID token from another issuer', async () => {
    const { identity } = await signInAt(fcSettings, {
      tamper: forgeIdToken(
        () => franceConnect,
        (claims) => ({ ...claims, iss: 'https://autre.example' }),
      ),
    });
    expect(await failureOf(identity())).toBe('invalid');
  });

  it('refuses an expired ID token', async () => {
    const past = Math.floor(Date.now() / 1000) - 3600;
    const { identity } = await signInAt(fcSettings, {
      tamper: forgeIdToken(
        () => franceConnect,
        (claims) => ({ ...claims, iat: past - 60, exp: past }),
      ),
    });
    expect(await failureOf(identity())).toBe('invalid');
  });

  it('refuses an ID token below eidas1', async () => {
    const { identity } = await signInAt(fcSettings, {
      tamper: forgeIdToken(
        () => franceConnect,
        (claims) => ({ ...claims, acr: 'faible' }),
      ),
    });
    expect(await failureOf(identity())).toBe('invalid');
  });

  it('refuses an unsigned userinfo (plain JSON, or a JWT with alg none)', async () => {
    const plainJson: Tamper = async (url, response) => {
      if (!url.endsWith('/me')) return response;
      return Response.json(jwtPayload(await response.text()));
    };
    expect(await failureOf((await signInAt(fcSettings, { tamper: plainJson })).identity())).toBe('invalid');
    const algNone: Tamper = async (url, response) => {
      if (!url.endsWith('/me')) return response;
      return new Response(signJwt(jwtPayload(await response.text()), 'none'), { headers: { 'content-type': 'application/jwt' } });
    };
    expect(await failureOf((await signInAt(fcSettings, { tamper: algNone })).identity())).toBe('invalid');
  });

  it('refuses a userinfo JWT with a bad signature', async () => {
    const tamper: Tamper = async (url, response) => {
      if (!url.endsWith('/me')) return response;
      const claims = jwtPayload(await response.text());
      return new Response(signJwt({ ...claims, email: 'usurpateur@exemple.test' }, { ...proConnect.keys.ec, kid: franceConnect.keys.ec.kid }), {
        headers: { 'content-type': 'application/jwt' },
      });
    };
    expect(await failureOf((await signInAt(fcSettings, { tamper })).identity())).toBe('invalid');
  });

  it('says « unavailable » when the provider does not answer', async () => {
    const unreachable = { ...fcSettings, issuer: 'http://127.0.0.1:9/api/v2' };
    expect(await failureOf(providerConfiguration(unreachable))).toBe('unavailable');
  });

  it('builds the end_session URL with id_token_hint, state and post_logout_redirect_uri', async () => {
    const { identity } = await signInAt(fcSettings);
    const { idToken } = await identity();
    const url = endSessionUrl(await providerConfiguration(fcSettings), idToken, `${APP_URL}/`);
    expect(url?.searchParams.get('id_token_hint')).toBe(idToken);
    expect(url?.searchParams.get('post_logout_redirect_uri')).toBe(`${APP_URL}/`);
    expect(url?.searchParams.get('state')?.length).toBeGreaterThan(20);
  });
});

describe('ProConnect-like provider', () => {
  it('returns amr with mfa when the agent used a second factor, and without otherwise', async () => {
    const withMfa = await (await signInAt(pcSettings, { mfa: true })).identity();
    expect(withMfa.amr).toContain('mfa');
    const withoutMfa = await (await signInAt(pcSettings)).identity();
    expect(withoutMfa.amr).not.toContain('mfa');
    expect(withoutMfa.familyName).toBe('Dubois');
  });
});
