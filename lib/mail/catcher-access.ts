import 'server-only';
import { headers } from 'next/headers';
import { getSessionUser } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { isLoopbackRequest } from '@/lib/security/client-ip';

/**
 * Only without an SMTP relay, and only from this machine or as a signed-in admin: the caught
 * emails hold reset links. "From this machine" trusts X-Forwarded-For as scripts/web-server.mjs
 * sets it; `next dev` keeps a client-supplied one, so start it with `-H 127.0.0.1`.
 */
export async function canViewCatcher(): Promise<boolean> {
  if (env.SMTP_URL) return false;
  if (isLoopbackRequest(await headers(), env.TRUST_PROXY)) return true;
  const user = await getSessionUser();
  return user?.role === 'ADMIN' && user.secondFactorVerified;
}
