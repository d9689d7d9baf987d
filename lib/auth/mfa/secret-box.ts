import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

// Agents' TOTP secrets are stored encrypted (AES-256-GCM) with a key derived from AUTH_SECRET by
// HKDF, so a copy of the database alone does not give the second factor. Pure (no env, no
// server-only): the caller passes AUTH_SECRET; the e2e factories seal secrets the same way.
// Rotating AUTH_SECRET makes the sealed secrets unreadable: the agents enrol again.

const VERSION = 'v1';

function keyFrom(authSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', authSecret, 'guichet', 'totp-secret', 32));
}

export function sealSecret(secret: string, authSecret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(authSecret), iv);
  const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

/** The secret, or null when the box was sealed with another key or altered. */
export function openSecret(sealed: string, authSecret: string): string | null {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || !body) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(authSecret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
