import { createHmac, timingSafeEqual } from 'node:crypto';
import type { OidcPending, OidcReauth } from './protocol';

// state, nonce (and ProConnect's PKCE verifier) between the authorize redirect and the callback:
// an HttpOnly cookie limited to the callback path, signed so that it cannot be forged.

export const PENDING_COOKIE = 'guichet-oidc';
export const LINK_COOKIE = 'guichet-oidc-lien';
export const PENDING_MAX_AGE_SECONDS = 10 * 60;

function mac(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(`oidc-pending:${payload}`).digest('base64url');
}

export function sealPending(pending: OidcPending, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ ...pending, at: Date.now() })).toString('base64url');
  return `${payload}.${mac(payload, secret)}`;
}

export function openPending(value: string | undefined, secret: string): OidcPending | null {
  if (!value || value.length > 2000) return null;
  const [payload, signature] = value.split('.');
  if (!payload || !signature) return null;
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as OidcPending & { at?: number; reauth?: Partial<OidcReauth> };
    if (typeof parsed.at !== 'number' || Date.now() - parsed.at > PENDING_MAX_AGE_SECONDS * 1000) return null;
    if (typeof parsed.state !== 'string' || typeof parsed.nonce !== 'string' || typeof parsed.provider !== 'string') return null;
    return {
      provider: parsed.provider,
      state: parsed.state,
      nonce: parsed.nonce,
      ...(typeof parsed.codeVerifier === 'string' ? { codeVerifier: parsed.codeVerifier } : {}),
      ...(parsed.reauth?.purpose === 'delete-account' && typeof parsed.reauth.userId === 'string'
        ? { reauth: { purpose: parsed.reauth.purpose, userId: parsed.reauth.userId } }
        : {}),
    };
  } catch {
    return null;
  }
}
