import { createHash, randomBytes } from 'node:crypto';

// Share keys are read aloud, typed from a message or copied from a screen: Crockford's base 32
// (digits and capitals without I, L, O, U) so that no two characters look alike, in groups of 4.
// 28 characters × 5 bits = 140 bits from the CSPRNG, above ASVS 11.5.1's 128 (a UUID has 122).

export const SHARE_KEY_ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const SHARE_KEY_LENGTH = 28;
const GROUP_SIZE = 4;

export function generateShareKey(): string {
  // 256 is a multiple of 32: keeping the low 5 bits of each byte is uniform, with no modulo bias.
  const characters = Array.from(randomBytes(SHARE_KEY_LENGTH), (byte) => SHARE_KEY_ALPHABET[byte & 31]);
  return formatShareKey(characters.join(''));
}

function formatShareKey(compact: string): string {
  return compact.match(new RegExp(`.{1,${GROUP_SIZE}}`, 'g'))!.join('-');
}

/**
 * What the person typed, as the canonical 28 characters, or null if it cannot be a key. Case,
 * spaces and dashes do not matter; O is read as 0 and I or L as 1, the usual slips.
 */
export function normaliseShareKey(input: string): string | null {
  const compact = input
    .toUpperCase()
    .replace(/[\s\-–—_.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== SHARE_KEY_LENGTH) return null;
  for (const character of compact) if (!SHARE_KEY_ALPHABET.includes(character)) return null;
  return compact;
}

/**
 * The lookup value stored in ShareKey.keyHash. A key is found by its hash only, so comparing a
 * guess never walks the secret character by character; a plain SHA-256 suffices for 140 random bits.
 */
export function hashShareKey(normalisedKey: string): string {
  return createHash('sha256').update(normalisedKey, 'utf8').digest('hex');
}
