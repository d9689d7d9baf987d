import { readFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';

// The tests reach the product's database directly to make their own data (factories) and to
// check what a page cannot show. With the embedded database, its address is in DATA_DIR.
let pool: pg.Pool | undefined;

function databaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  const dataDir = process.env.E2E_DATA_DIR ?? '.test-data/e2e';
  return (JSON.parse(readFileSync(path.join(dataDir, 'embedded.json'), 'utf8')) as { url: string }).url;
}

export function sql<T extends pg.QueryResultRow = pg.QueryResultRow>(text: string, values: unknown[] = []) {
  pool ??= new pg.Pool({ connectionString: databaseUrl(), max: 2 });
  return pool.query<T>(text, values);
}
