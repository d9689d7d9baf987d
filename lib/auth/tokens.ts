import { createHash, randomBytes } from 'node:crypto';

// Secrets sent by email (confirmation, reset, email change). 32 random bytes = 256 bits, above
// ASVS's 128; only their SHA-256 is stored, so a database leak gives no usable link. A plain hash
// (no salt, no slow KDF) is enough for random high-entropy values and allows a unique index.

export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
