import 'server-only';
import { cookies } from 'next/headers';
import { env } from '@/lib/env';
import { SECURE_COOKIES } from '../config';
import { RECOVERY_CODES_PATH } from './second-factor-paths';
import { openSecret, sealSecret } from './secret-box';

// New recovery codes travel from the action that creates them to the page that shows them in a
// short-lived cookie, sealed (AES-GCM, key from AUTH_SECRET), HttpOnly, sent only to that page.
// The page can be reloaded while the person copies them; « J’ai noté mes codes » deletes it.
// The database keeps only their hashes.

const COOKIE_NAME = SECURE_COOKIES ? '__Secure-guichet.codes-de-secours' : 'guichet.codes-de-secours';
const LIFETIME_SECONDS = 15 * 60;

export async function keepRecoveryCodesToShow(userId: string, codes: string[]): Promise<void> {
  const sealed = sealSecret(JSON.stringify({ userId, codes, until: Date.now() + LIFETIME_SECONDS * 1000 }), env.AUTH_SECRET);
  (await cookies()).set(COOKIE_NAME, sealed, {
    httpOnly: true,
    secure: SECURE_COOKIES,
    sameSite: 'strict',
    path: RECOVERY_CODES_PATH,
    maxAge: LIFETIME_SECONDS,
  });
}

/** The codes to show to this user, or null (already noted, expired, or another account's). */
export async function readRecoveryCodesToShow(userId: string): Promise<string[] | null> {
  const sealed = (await cookies()).get(COOKIE_NAME)?.value;
  const opened = sealed ? openSecret(sealed, env.AUTH_SECRET) : null;
  if (!opened) return null;
  try {
    const content = JSON.parse(opened) as { userId?: unknown; codes?: unknown; until?: unknown };
    if (content.userId !== userId || typeof content.until !== 'number' || content.until < Date.now()) return null;
    return Array.isArray(content.codes) && content.codes.every((code) => typeof code === 'string') ? content.codes : null;
  } catch {
    return null;
  }
}

export async function forgetRecoveryCodesToShow(): Promise<void> {
  (await cookies()).delete({ name: COOKIE_NAME, path: RECOVERY_CODES_PATH, secure: SECURE_COOKIES, httpOnly: true, sameSite: 'strict' });
}
