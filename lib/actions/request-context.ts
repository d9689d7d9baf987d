import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { getClientIp } from '@/lib/security/client-ip';

/** What the domain needs to know about the request that triggers it (for throttling and audit). */
export type RequestContext = { ip: string };

/** The client's address, for throttling and the audit log. */
export async function getRequestContext(): Promise<RequestContext> {
  return { ip: getClientIp(await headers(), env.TRUST_PROXY) };
}
