import { Secret, TOTP } from 'otpauth';

// Time-based one-time passwords (RFC 6238) as every authenticator app computes them by default:
// SHA-1, 6 digits, 30-second steps. One step of drift either way is accepted (a phone whose clock
// is a little off, a code typed as it changes). Pure: the caller decides what to do with the step
// (refuse it when it is not after the last accepted one: a code is never accepted twice).

export const TOTP_ISSUER = 'Guichet';
export const TOTP_PERIOD_SECONDS = 30;
export const TOTP_DIGITS = 6;
export const TOTP_WINDOW = 1;

function totpFor(secret: string, label = 'agent'): TOTP {
  return new TOTP({
    issuer: TOTP_ISSUER,
    label,
    algorithm: 'SHA1',
    digits: TOTP_DIGITS,
    period: TOTP_PERIOD_SECONDS,
    secret: Secret.fromBase32(secret),
  });
}

/** A new secret of 160 bits (RFC 4226's recommended length), in base32 as apps expect it. */
export function createTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export function totpUri(secret: string, accountName: string): string {
  return totpFor(secret, accountName).toString();
}

export function formatSecretForDisplay(secret: string): string {
  return secret.replace(/(.{4})(?=.)/g, '$1 ');
}

export function stepAt(timestampMs: number): number {
  return Math.floor(timestampMs / 1000 / TOTP_PERIOD_SECONDS);
}

/** The code for a given step (tests, and nothing else: the server only verifies). */
export function totpCodeAt(secret: string, step: number): string {
  return totpFor(secret).generate({ timestamp: step * TOTP_PERIOD_SECONDS * 1000 });
}

/** The time step that `code` belongs to, within the window around `now`; null when it matches none. */
export function matchTotpStep(secret: string, code: string, now = Date.now()): number | null {
  if (!new RegExp(`^\\d{${TOTP_DIGITS}}$`).test(code)) return null;
  const delta = totpFor(secret).validate({ token: code, timestamp: now, window: TOTP_WINDOW });
  return delta === null ? null : stepAt(now) + delta;
}

/** A step is accepted only once, and never one older than the last accepted. */
export function isFreshStep(step: number, lastStep: number | null): boolean {
  return lastStep === null || step > lastStep;
}
