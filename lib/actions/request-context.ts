import 'server-only';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { getClientIp } from '@/lib/security/client-ip';

export type RequestContext = { ip: string };

export async function getRequestContext(): Promise<RequestContext> {
  return { ip: getClientIp(await headers(), env.TRUST_PROXY) };
}
