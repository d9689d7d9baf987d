import { createPrivateKey, sign, type JsonWebKey } from 'node:crypto';

// Plays a browser at the test provider (test/oidc/test-provider.ts) without a browser: follows
// its redirects with its cookies, fills its login page, and stops at the app's redirect URI.

class CookieJar {
  private readonly cookies = new Map<string, string>();
  store(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const index = pair.indexOf('=');
      this.cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1));
    }
  }
  header(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }
}

export type ProviderLogin = { email: string; givenName?: string; familyName?: string; mfa?: boolean; cancel?: boolean };

/** From the authorize URL to the callback URL the provider sends the browser to. */
export async function loginAtProvider(authorizeUrl: URL, login: ProviderLogin, redirectUri: string): Promise<URL> {
  const jar = new CookieJar();
  let url = authorizeUrl.href;
  let method = 'GET';
  let body: string | undefined;
  for (let step = 0; step < 10; step++) {
    const response = await fetch(url, {
      method,
      redirect: 'manual',
      headers: { cookie: jar.header(), ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
      body,
    });
    jar.store(response);
    const location = response.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.href.startsWith(redirectUri)) return next;
      url = next.href;
      method = 'GET';
      body = undefined;
      continue;
    }
    if (response.status !== 200) throw new Error(`provider answered ${response.status}: ${await response.text()}`);
    const page = await response.text();
    const uid = /\/interaction\/([^/"]+)\/login/.exec(page)?.[1];
    if (!uid) throw new Error(`unexpected provider page: ${page.slice(0, 200)}`);
    url = new URL(`/interaction/${uid}/${login.cancel ? 'abort' : 'login'}`, url).href;
    method = 'POST';
    body = new URLSearchParams({
      email: login.email,
      given_name: login.givenName ?? 'Camille',
      family_name: login.familyName ?? 'Martin',
      ...(login.mfa ? { mfa: 'on' } : {}),
    }).toString();
  }
  throw new Error('too many redirects at the provider');
}

function part(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

/** A JWT signed with one of the provider's keys (or `alg: none`): to forge tokens the client must refuse. */
export function signJwt(payload: Record<string, unknown>, key: (JsonWebKey & { kid: string }) | 'none'): string {
  if (key === 'none') return `${part({ alg: 'none', typ: 'JWT' })}.${part(payload)}.`;
  const alg = key.kty === 'EC' ? 'ES256' : 'RS256';
  const input = `${part({ alg, kid: key.kid, typ: 'JWT' })}.${part(payload)}`;
  const privateKey = createPrivateKey({ key, format: 'jwk' });
  const signature = sign('sha256', Buffer.from(input), alg === 'ES256' ? { key: privateKey, dsaEncoding: 'ieee-p1363' } : privateKey);
  return `${input}.${signature.toString('base64url')}`;
}

export function jwtPayload(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
}
