import 'server-only';
import { headers } from 'next/headers';
import type { RequestContext } from '@/lib/accounts/request-context';
import { env } from '@/lib/env';
import { getClientIp } from '@/lib/security/client-ip';

/** The client's address, for throttling and the audit log. */
export async function getRequestContext(): Promise<RequestContext> {
  return { ip: getClientIp(await headers(), env.TRUST_PROXY) };
}
