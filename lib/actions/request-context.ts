import 'server-only';
import { headers } from 'next/headers';
import { forbidden } from 'next/navigation';
import { env } from '@/lib/env';
import { getClientIp } from '@/lib/security/client-ip';
import { isSameOriginRequest } from '@/lib/security/same-origin';

export type RequestContext = { ip: string };

export async function getRequestContext(): Promise<RequestContext> {
  return { ip: getClientIp(await headers(), env.TRUST_PROXY) };
}

/**
 * The context of a server action, once its request is known to come from a page of this site.
 * Next.js compares Origin with Host only when a request has one; every browser sends it on POST,
 * so a post without it is a script's, refused like a foreign one (403).
 */
export async function getActionRequestContext(): Promise<RequestContext> {
  const requestHeaders = await headers();
  if (!isSameOriginRequest(requestHeaders, env.APP_URL)) forbidden();
  return { ip: getClientIp(requestHeaders, env.TRUST_PROXY) };
}
