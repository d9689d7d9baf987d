import 'server-only';
import { getToken } from 'next-auth/jwt';
import { headers } from 'next/headers';
import { env } from '@/lib/env';
import { SECURE_COOKIES, unstable_update } from '../config';
import { secondFactorProof } from './session-proof';

/**
 * Marks this request's session as having given its second factor: next-auth re-issues the
 * cookie (from a server action, through cookies()) after the jwt callback checked the proof.
 * The session id is read from the cookie itself, so the proof fits this session only.
 */
export async function markSessionSecondFactorVerified(): Promise<boolean> {
  const token = await getToken({ req: { headers: await headers() }, secret: env.AUTH_SECRET, secureCookie: SECURE_COOKIES });
  if (typeof token?.sid !== 'string') return false;
  // Not a Session field: next-auth passes it as is to the jwt callback, which reads only this.
  const update = { secondFactorProof: secondFactorProof(token.sid, env.AUTH_SECRET) } as unknown as Parameters<typeof unstable_update>[0];
  const session = await unstable_update(update);
  return session?.user?.secondFactorVerified === true;
}
