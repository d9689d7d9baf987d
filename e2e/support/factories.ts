import { createUser as createUserRow, uniqueEmail } from '../../test/factories/users';
import { testDb } from './database';

// Each test makes its own people, with unique addresses: no test depends on another's data or
// on the order of the tests.

export const GOOD_PASSWORD = 'Tournesol-Vert-42';

export { uniqueEmail };

export type TestUser = { id: string; email: string; password: string; firstName: string; lastName: string };

export async function createUser(
  options: {
    role?: 'USAGER' | 'INSTRUCTEUR' | 'ADMIN';
    verified?: boolean;
    password?: string;
    firstName?: string;
    lastName?: string;
    sealedTotpSecret?: string;
  } = {},
): Promise<TestUser> {
  const role = options.role ?? 'USAGER';
  const password = options.password ?? (role === 'USAGER' ? GOOD_PASSWORD : 'Instruction-Sûre-2026!');
  const firstName = options.firstName ?? 'Camille';
  const lastName = options.lastName ?? 'Martin';
  const { id, email } = await createUserRow(testDb(), { ...options, role, password, firstName, lastName });
  return { id, email, password, firstName, lastName };
}
