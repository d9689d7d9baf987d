import 'server-only';
import { headers } from 'next/headers';
import { getToken } from 'next-auth/jwt';
import { env } from '@/lib/env';
import { SECURE_COOKIES } from '../config';
import { endSessionUrl, providerConfiguration } from './protocol';
import { isOidcProviderId, oidcSettings } from './settings';

/**
 * For a session opened by FranceConnect or ProConnect: the provider's end_session_endpoint
 * (id_token_hint, state, post_logout_redirect_uri), so that « Se déconnecter » ends both
 * sessions. Null for a password session, or when the provider cannot be reached.
 */
export async function providerLogoutUrl(): Promise<string | null> {
  const token = await getToken({ req: { headers: await headers() }, secret: env.AUTH_SECRET, secureCookie: SECURE_COOKIES });
  const provider = token?.idp;
  const idToken = token?.idt;
  if (!isOidcProviderId(provider) || typeof idToken !== 'string') return null;
  const settings = oidcSettings(env, provider);
  if (!settings) return null;
  try {
    return endSessionUrl(await providerConfiguration(settings), idToken, `${env.APP_URL}/`)?.href ?? null;
  } catch {
    return null;
  }
}
