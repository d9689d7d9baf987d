import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { createFreshDatabase, type FreshDatabase } from './fresh-database';

// Vitest global setup of the `integration` project: one migrated database for the run; test
// workers inherit DATABASE_URL. Tests use unique data (emails…) rather than truncating tables.
let database: FreshDatabase | undefined;

export async function setup(_project: TestProject) {
  process.env.TEST_POSTGRES_SERVER_URL = process.env.DATABASE_URL ?? '';
  database = await createFreshDatabase(process.env.DATABASE_URL, 'it');
  process.env.DATABASE_URL = database.url;
  process.env.DATA_DIR ??= '.test-data/integration';
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
}

export async function teardown() {
  await database?.drop();
}
