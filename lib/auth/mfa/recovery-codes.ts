import { createHash, randomInt } from 'node:crypto';

// Recovery codes: for the day the phone is lost. Ten single-use codes like « K7QM-4TZP », drawn
// from an alphabet without look-alikes (no 0/O, 1/I/L) with a CSPRNG: 8 characters of 31 give
// ~40 bits, ample behind the per-account throttle. Only their SHA-256 is stored, salted with the
// account id so that one code cannot match another account's hash.

export const RECOVERY_CODE_COUNT = 10;
export const RECOVERY_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
const HALF = 4;
const CODE_PATTERN = new RegExp(`^[${RECOVERY_CODE_ALPHABET}]{${HALF * 2}}$`);

export function generateRecoveryCode(): string {
  let raw = '';
  for (let index = 0; index < HALF * 2; index += 1) raw += RECOVERY_CODE_ALPHABET[randomInt(RECOVERY_CODE_ALPHABET.length)];
  return `${raw.slice(0, HALF)}-${raw.slice(HALF)}`;
}

export function generateRecoveryCodes(count = RECOVERY_CODE_COUNT): string[] {
  const codes = new Set<string>();
  while (codes.size < count) codes.add(generateRecoveryCode());
  return [...codes];
}

/** « k7qm 4tzp », « K7QM4TZP » → « K7QM-4TZP »; null when it cannot be a recovery code. */
export function normalizeRecoveryCode(input: string): string | null {
  const raw = input.toUpperCase().replace(/[\s\-‐‑–—]/g, '');
  if (!CODE_PATTERN.test(raw)) return null;
  return `${raw.slice(0, HALF)}-${raw.slice(HALF)}`;
}

export function hashRecoveryCode(userId: string, code: string): string {
  return createHash('sha256').update(`${userId}:${code}`).digest('hex');
}
