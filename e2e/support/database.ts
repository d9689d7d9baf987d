import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PrismaPg } from '@prisma/adapter-pg';
import { require as tsxRequire } from 'tsx/cjs/api';
import type { PrismaClient } from '../../lib/generated/prisma/client';

// The tests reach the product's database directly to make their own data (the factories of
// test/factories/) and to check what a page cannot show: one Prisma client per Playwright worker,
// with the app's driver adapter. With the embedded database, its address is in DATA_DIR.

let client: PrismaClient | undefined;

function databaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  const dataDir = process.env.E2E_DATA_DIR ?? '.test-data/e2e';
  return (JSON.parse(readFileSync(path.join(dataDir, 'embedded.json'), 'utf8')) as { url: string }).url;
}

export function testDb(): PrismaClient {
  if (!client) {
    // The generated client sets its __dirname from import.meta.url, which Playwright's CommonJS
    // transform leaves in place (Node then refuses the file): tsx loads it instead.
    const generated = tsxRequire('../../lib/generated/prisma/client.ts', __filename) as typeof import('../../lib/generated/prisma/client');
    client = new generated.PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl(), max: 2 }) });
  }
  return client;
}
