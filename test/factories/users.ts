import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { hashRecoveryCode } from '../../lib/auth/mfa/recovery-codes';
import type { Role } from '../../lib/generated/prisma/client';
import type { FactoryDb } from './database';

// People: applicants, agents and the seed's administrator. Each test makes its own, with a
// unique address, so that no test depends on another's data or on the order of the tests.

export function uniqueEmail(prefix = 'usager'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@exemple.test`;
}

/** argon2id with the library's defaults, as lib/auth/password-hash.ts stores it (2 is Argon2id). */
export function hashTestPassword(password: string): Promise<string> {
  return hash(password, { algorithm: 2 });
}

export type UserOptions = {
  email?: string;
  firstName?: string;
  lastName?: string;
  /** Hashed as the app hashes it; without it (nor `passwordHash`), the person cannot sign in. */
  password?: string;
  passwordHash?: string;
  role?: Role;
  /** Confirmed address (the default), as after the link of the confirmation email. */
  verified?: boolean;
  /** An agent's second factor, already sealed with the server's AUTH_SECRET (lib/auth/mfa). */
  sealedTotpSecret?: string;
};

export async function createUser(db: FactoryDb, options: UserOptions = {}) {
  const passwordHash = options.password === undefined ? (options.passwordHash ?? 'not-a-hash') : await hashTestPassword(options.password);
  return db.user.create({
    data: {
      email: options.email ?? uniqueEmail(options.role === undefined || options.role === 'USAGER' ? 'usager' : 'agent'),
      firstName: options.firstName ?? 'Camille',
      lastName: options.lastName ?? 'Martin',
      passwordHash,
      role: options.role ?? 'USAGER',
      emailVerifiedAt: options.verified === false ? null : new Date(),
      ...(options.sealedTotpSecret ? { totpSecret: options.sealedTotpSecret, totpEnabledAt: new Date() } : {}),
    },
    select: { id: true, email: true, role: true, sessionVersion: true },
  });
}

/** Recovery codes of an agent's second factor, stored as lib/auth/mfa stores them (their hash). */
export async function createRecoveryCodes(db: FactoryDb, userId: string, codes: string[]): Promise<void> {
  await db.recoveryCode.createMany({ data: codes.map((code) => ({ userId, codeHash: hashRecoveryCode(userId, code) })) });
}
