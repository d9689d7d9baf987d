import { randomBytes, randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import { sql } from './database';

// Each test makes its own people, with unique addresses: no test depends on another's data or
// on the order of the tests.

export const GOOD_PASSWORD = 'Tournesol-Vert-42';

export function uniqueEmail(prefix = 'usager'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@exemple.test`;
}

export type TestUser = { id: string; email: string; password: string; firstName: string; lastName: string };

export async function createUser(
  options: { role?: 'USAGER' | 'INSTRUCTEUR' | 'ADMIN'; verified?: boolean; password?: string; firstName?: string; lastName?: string } = {},
): Promise<TestUser> {
  const role = options.role ?? 'USAGER';
  const user = {
    id: randomUUID(),
    email: uniqueEmail(role === 'USAGER' ? 'usager' : 'agent'),
    password: options.password ?? (role === 'USAGER' ? GOOD_PASSWORD : 'Instruction-Sûre-2026!'),
    firstName: options.firstName ?? 'Camille',
    lastName: options.lastName ?? 'Martin',
  };
  // argon2id with the library's defaults, as lib/auth/password-hash.ts stores them.
  const passwordHash = await hash(user.password, { algorithm: 2 });
  await sql(
    `INSERT INTO "User" (id, email, "firstName", "lastName", "passwordHash", role, "emailVerifiedAt", "updatedAt")
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
    [user.id, user.email, user.firstName, user.lastName, passwordHash, role, options.verified === false ? null : new Date()],
  );
  return user;
}
