import type { Env } from '@/lib/env-schema';

// The two OpenID Connect providers Guichet accepts (docs/decisions/026-openid-connect.md):
// FranceConnect for applicants, ProConnect for agents. Absent settings hide the button.

export const OIDC_PROVIDERS = ['franceconnect', 'proconnect'] as const;
export type OidcProviderId = (typeof OIDC_PROVIDERS)[number];

export type OidcSettings = {
  id: OidcProviderId;
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Both the ID token and the userinfo response must be JWTs signed with it. */
  signingAlg: 'ES256' | 'RS256';
  scope: string;
  /** Extra authorize parameters the provider requires. */
  authorizeParams: Record<string, string>;
  /** FranceConnect refuses the PKCE parameters; ProConnect accepts them. */
  pkce: boolean;
  /** ProConnect only: the agent's second factor at the provider replaces the TOTP step. */
  trustMfa: boolean;
};

export function isOidcProviderId(value: unknown): value is OidcProviderId {
  return typeof value === 'string' && (OIDC_PROVIDERS as readonly string[]).includes(value);
}

type OidcEnv = Pick<
  Env,
  | 'FRANCECONNECT_ISSUER'
  | 'FRANCECONNECT_CLIENT_ID'
  | 'FRANCECONNECT_CLIENT_SECRET'
  | 'FRANCECONNECT_SIGNING_ALG'
  | 'FRANCECONNECT_EXTRA_CLAIMS'
  | 'PROCONNECT_ISSUER'
  | 'PROCONNECT_CLIENT_ID'
  | 'PROCONNECT_CLIENT_SECRET'
  | 'PROCONNECT_SIGNING_ALG'
  | 'PROCONNECT_TRUST_MFA'
>;

/** The provider's settings, or null when it is not configured (env-schema asks for all three). */
export function oidcSettings(env: OidcEnv, id: OidcProviderId): OidcSettings | null {
  if (id === 'franceconnect') {
    if (!env.FRANCECONNECT_ISSUER || !env.FRANCECONNECT_CLIENT_ID || !env.FRANCECONNECT_CLIENT_SECRET) return null;
    return {
      id,
      issuer: env.FRANCECONNECT_ISSUER,
      clientId: env.FRANCECONNECT_CLIENT_ID,
      clientSecret: env.FRANCECONNECT_CLIENT_SECRET,
      signingAlg: env.FRANCECONNECT_SIGNING_ALG,
      scope: `openid given_name family_name email${env.FRANCECONNECT_EXTRA_CLAIMS === 'on' ? ' preferred_username birthdate' : ''}`,
      authorizeParams: { acr_values: 'eidas1' },
      pkce: false,
      trustMfa: false,
    };
  }
  if (!env.PROCONNECT_ISSUER || !env.PROCONNECT_CLIENT_ID || !env.PROCONNECT_CLIENT_SECRET) return null;
  return {
    id,
    issuer: env.PROCONNECT_ISSUER,
    clientId: env.PROCONNECT_CLIENT_ID,
    clientSecret: env.PROCONNECT_CLIENT_SECRET,
    signingAlg: env.PROCONNECT_SIGNING_ALG,
    scope: 'openid email given_name usual_name uid',
    // amr is only returned when asked for this way.
    authorizeParams: { claims: JSON.stringify({ id_token: { amr: { essential: true } } }) },
    pkce: true,
    trustMfa: env.PROCONNECT_TRUST_MFA === 'on',
  };
}
