import * as client from 'openid-client';
import type { OidcSettings } from './settings';

// The OpenID Connect protocol, done by openid-client (docs/decisions/026-openid-connect.md):
// discovery, authorization code flow with state and nonce, and every signature checked against
// the provider's JWKS — the ID token's and the userinfo JWT's (non-repudiation checks, off by
// default in openid-client because TLS already authenticates the provider).

/** What the callback proved: who the person is for this provider. */
export type OidcIdentity = {
  sub: string;
  email: string;
  givenName: string;
  familyName: string;
  idToken: string;
  amr: string[];
  acr: string | undefined;
};

/** What the browser keeps (an HttpOnly cookie) between the authorize redirect and the callback. */
export type OidcPending = { provider: string; state: string; nonce: string; codeVerifier?: string; reauth?: OidcReauth };

/** A signed-in person proving their identity again before a sensitive act (« Supprimer mon compte »), not a sign-in. */
export type OidcReauth = { purpose: 'delete-account'; userId: string };

export type OidcFailure = 'cancelled' | 'unavailable' | 'invalid';

export class OidcError extends Error {
  constructor(
    readonly failure: OidcFailure,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'OidcError';
  }
}

type Options = { customFetch?: client.CustomFetch; timeoutSeconds?: number };

const configurations = new Map<string, Promise<client.Configuration>>();

/** The provider's configuration from its discovery document, kept once it succeeded. */
export async function providerConfiguration(settings: OidcSettings, options: Options = {}): Promise<client.Configuration> {
  const key = `${settings.id} ${settings.issuer} ${settings.clientId}`;
  let pending = options.customFetch ? undefined : configurations.get(key);
  if (!pending) {
    pending = discover(settings, options);
    if (!options.customFetch) {
      configurations.set(key, pending);
      // A provider down at the first sign-in is asked again at the next one.
      pending.catch(() => configurations.delete(key));
    }
  }
  try {
    return await pending;
  } catch (error) {
    throw new OidcError('unavailable', 'discovery failed', { cause: error });
  }
}

async function discover(settings: OidcSettings, options: Options): Promise<client.Configuration> {
  const insecure = settings.issuer.startsWith('http://');
  const config = await client.discovery(
    new URL(settings.issuer),
    settings.clientId,
    {
      client_secret: settings.clientSecret,
      id_token_signed_response_alg: settings.signingAlg,
      // Set, it makes a plain JSON userinfo response an error: only a signed JWT is accepted.
      userinfo_signed_response_alg: settings.signingAlg,
    },
    client.ClientSecretPost(settings.clientSecret),
    {
      ...(insecure ? { execute: [client.allowInsecureRequests] } : {}),
      timeout: options.timeoutSeconds ?? 10,
      ...(options.customFetch ? { [client.customFetch]: options.customFetch } : {}),
    },
  );
  client.enableNonRepudiationChecks(config);
  return config;
}

/** The authorize URL and what must come back with the callback. */
export async function authorizationRequest(
  settings: OidcSettings,
  config: client.Configuration,
  redirectUri: string,
  reauth?: OidcReauth,
): Promise<{ url: URL; pending: OidcPending }> {
  const state = client.randomState();
  // 32 random bytes, 43 characters: FranceConnect asks for at least 22.
  const nonce = client.randomNonce();
  const pending: OidcPending = { provider: settings.id, state, nonce, ...(reauth ? { reauth } : {}) };
  const params: Record<string, string> = {
    redirect_uri: redirectUri,
    scope: settings.scope,
    state,
    nonce,
    ...settings.authorizeParams,
    // A re-authentication must not be answered by the provider's open session.
    ...(reauth ? { prompt: 'login' } : {}),
  };
  if (settings.pkce) {
    pending.codeVerifier = client.randomPKCECodeVerifier();
    params.code_challenge = await client.calculatePKCECodeChallenge(pending.codeVerifier);
    params.code_challenge_method = 'S256';
  }
  return { url: client.buildAuthorizationUrl(config, params), pending };
}

function failureOf(error: unknown): OidcFailure {
  if (error instanceof OidcError) return error.failure;
  if (error instanceof client.AuthorizationResponseError && error.error === 'access_denied') return 'cancelled';
  // fetch failures and timeouts: the provider did not answer.
  if (error instanceof TypeError || (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError'))) return 'unavailable';
  const cause = (error as { cause?: unknown } | undefined)?.cause;
  if (cause instanceof TypeError || (cause instanceof Error && cause.name === 'TimeoutError')) return 'unavailable';
  return 'invalid';
}

function claimString(claims: Record<string, unknown>, name: string): string {
  const value = claims[name];
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * Checks the callback (state, then the code exchanged for tokens whose ID token is verified:
 * signature, issuer, audience, expiry, nonce) and reads the signed userinfo. Throws OidcError.
 */
export async function completeAuthorization(
  settings: OidcSettings,
  config: client.Configuration,
  callbackUrl: URL,
  pending: OidcPending | null,
): Promise<OidcIdentity> {
  try {
    if (callbackUrl.searchParams.get('error') === 'access_denied') throw new OidcError('cancelled', 'access_denied');
    if (!pending || pending.provider !== settings.id) throw new OidcError('invalid', 'no pending authorization in this browser');
    const tokens = await client.authorizationCodeGrant(config, callbackUrl, {
      expectedState: pending.state,
      expectedNonce: pending.nonce,
      pkceCodeVerifier: pending.codeVerifier,
      idTokenExpected: true,
    });
    const claims = tokens.claims();
    if (!claims || !tokens.id_token) throw new OidcError('invalid', 'no ID token');
    if (settings.authorizeParams.acr_values && !/^eidas[123]$/.test(String(claims.acr ?? ''))) {
      throw new OidcError('invalid', `unexpected acr ${String(claims.acr)}`);
    }
    const userinfo = (await client.fetchUserInfo(config, tokens.access_token, claims.sub)) as Record<string, unknown>;
    const familyName =
      settings.id === 'proconnect' ? claimString(userinfo, 'usual_name') || claimString(userinfo, 'family_name') : claimString(userinfo, 'family_name');
    const identity: OidcIdentity = {
      sub: claims.sub,
      email: claimString(userinfo, 'email').toLowerCase(),
      givenName: claimString(userinfo, 'given_name'),
      familyName,
      idToken: tokens.id_token,
      amr: Array.isArray(claims.amr) ? claims.amr.filter((v): v is string => typeof v === 'string') : [],
      acr: typeof claims.acr === 'string' ? claims.acr : undefined,
    };
    if (!identity.email || !identity.givenName || !identity.familyName) throw new OidcError('invalid', 'identity without email or names');
    return identity;
  } catch (error) {
    if (error instanceof OidcError) throw error;
    throw new OidcError(failureOf(error), error instanceof Error ? error.message : 'callback refused', { cause: error });
  }
}

/** The provider's end_session_endpoint for this ID token, or null if it has none. */
export function endSessionUrl(config: client.Configuration, idToken: string, postLogoutRedirectUri: string): URL | null {
  if (!config.serverMetadata().end_session_endpoint) return null;
  return client.buildEndSessionUrl(config, { id_token_hint: idToken, post_logout_redirect_uri: postLogoutRedirectUri, state: client.randomState() });
}
