import { createHmac, timingSafeEqual } from 'node:crypto';

// The proof that upgrades a session once its second factor is verified. The session cookie is
// updated through next-auth's session endpoint, which anyone can POST to with any data: the jwt
// callback therefore accepts only this HMAC of the session's own id, which only the server (which
// holds AUTH_SECRET) can compute. Pure: the caller passes AUTH_SECRET.

export function secondFactorProof(sid: string, authSecret: string): string {
  return createHmac('sha256', authSecret).update(`guichet:mfa:${sid}`).digest('base64url');
}

export function isSecondFactorProof(candidate: unknown, sid: string, authSecret: string): boolean {
  if (typeof candidate !== 'string') return false;
  const expected = Buffer.from(secondFactorProof(sid, authSecret));
  const given = Buffer.from(candidate);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
