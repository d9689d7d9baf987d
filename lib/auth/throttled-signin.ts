import 'server-only';
import { throttledMessage } from '@/lib/actions/result';
import { env } from '@/lib/env';
import { getClientIp } from '@/lib/security/client-ip';
import { checkLoginAllowed } from '@/lib/security/throttle';

// next-auth answers a refused sign-in with a redirect to the login page (`code=throttled` when the
// throttle refused it). Posted to its endpoint directly, a throttled sign-in gets 429 and
// Retry-After instead, with the same French words as the login form.

const CREDENTIALS_CALLBACK = /\/callback\/credentials\/?$/;

export function isCredentialsCallback(request: Request): boolean {
  return CREDENTIALS_CALLBACK.test(new URL(request.url).pathname);
}

/** Where next-auth sends the browser: its Location, or the `url` of its JSON answer (`X-Auth-Return-Redirect: 1`). */
async function redirectTarget(response: Response): Promise<string | null> {
  const location = response.headers.get('location');
  if (location !== null) return location;
  if (!response.headers.get('content-type')?.includes('application/json')) return null;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { url?: unknown } | null;
  return typeof body?.url === 'string' ? body.url : null;
}

export async function isThrottledRedirect(response: Response): Promise<boolean> {
  const target = await redirectTarget(response);
  return target !== null && URL.canParse(target, env.APP_URL) && new URL(target, env.APP_URL).searchParams.get('code') === 'throttled';
}

/** `form`: the sign-in's fields, read before next-auth consumed the body. */
export async function tooManySigninsResponse(form: FormData, request: Request, response: Response): Promise<Response> {
  const email = form.get('email');
  const gate = await checkLoginAllowed({ email: typeof email === 'string' ? email : '', ip: getClientIp(request.headers, env.TRUST_PROXY) });
  // The block may have ended in between: then one more try is fine.
  const wait = gate.allowed ? 1 : gate.retryAfterSeconds;
  const headers = new Headers({ 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': String(wait), 'Cache-Control': 'no-store' });
  for (const cookie of response.headers.getSetCookie()) headers.append('Set-Cookie', cookie);
  return new Response(throttledMessage(wait, 'Trop de tentatives de connexion'), { status: 429, headers });
}
