import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { createFreshDatabases, type FreshDatabase } from './fresh-database';
import { INTEGRATION_WORKERS } from './integration-workers';

// One migrated database per worker, so that test files run in parallel; tests still use unique
// data (emails…) rather than truncating tables.
let databases: FreshDatabase[] = [];

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrls: string[];
  }
}

export async function setup(project: TestProject) {
  process.env.TEST_POSTGRES_SERVER_URL = process.env.DATABASE_URL ?? '';
  databases = await createFreshDatabases(process.env.DATABASE_URL, 'it', INTEGRATION_WORKERS);
  project.provide(
    'databaseUrls',
    databases.map((database) => database.url),
  );
  process.env.AUTH_SECRET ??= randomBytes(32).toString('base64url');
}

export async function teardown() {
  await Promise.all(databases.map((database) => database.drop()));
}
