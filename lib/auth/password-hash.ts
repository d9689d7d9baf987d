import 'server-only';
import { hash, verify, type Algorithm } from '@node-rs/argon2';

// argon2id with the library's defaults (m=19 MiB, t=2, p=1), OWASP's minimum recommendation.
// `Algorithm` is a const enum, which isolatedModules cannot read: 2 is Argon2id.
const ARGON2ID = 2 as Algorithm;

/** Verified when the email is unknown, so that response times do not reveal which addresses have an account. */
const DUMMY_HASH = '$argon2id$v=19$m=19456,t=2,p=1$T56XOhrCDUK1qaQGFteO/A$bDBo9nkLxFeOqT5BwIGbxLQOcxj5X36ANe/5yatG/Q0';

export function hashPassword(password: string): Promise<string> {
  return hash(password, { algorithm: ARGON2ID });
}

/** True if `password` matches `passwordHash`; with no hash, spends the same time and says no. */
export async function verifyPassword(passwordHash: string | null | undefined, password: string): Promise<boolean> {
  try {
    const matches = await verify(passwordHash ?? DUMMY_HASH, password);
    return Boolean(passwordHash) && matches;
  } catch {
    // A malformed stored hash must not let anybody in, nor crash the login page.
    return false;
  }
}
