import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from '../lib/db/migrations';
import { startEmbeddedPostgres } from '../lib/db/embedded';

// Each test run gets its own migrated database: a new database on the server of DATABASE_URL
// when it is set (CI's real PostgreSQL), otherwise an embedded PGlite in a temporary directory.

export type FreshDatabase = { url: string; drop: () => Promise<void> };

async function migrate(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await applyMigrations(client);
  } finally {
    await client.end();
  }
}

/** `count` migrated databases: on a server, copies of the first one (CREATE DATABASE … TEMPLATE). */
export async function createFreshDatabases(serverUrl: string | undefined, label: string, count: number): Promise<FreshDatabase[]> {
  if (!serverUrl) return Promise.all(Array.from({ length: count }, () => createFreshDatabase(undefined, label)));
  const first = await createFreshDatabase(serverUrl, label);
  const databases = [first];
  // One at a time: PostgreSQL refuses to copy a template that another copy is reading.
  while (databases.length < count) databases.push(await createDatabase(serverUrl, label, new URL(first.url).pathname.slice(1)));
  return databases;
}

export async function createFreshDatabase(serverUrl: string | undefined, label: string): Promise<FreshDatabase> {
  if (!serverUrl) {
    const dir = mkdtempSync(path.join(tmpdir(), `guichet-${label}-`));
    const embedded = await startEmbeddedPostgres({ dataDir: dir });
    await migrate(embedded.url);
    return {
      url: embedded.url,
      drop: async () => {
        await embedded.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  const database = await createDatabase(serverUrl, label);
  await migrate(database.url);
  return database;
}

async function createDatabase(serverUrl: string, label: string, template?: string): Promise<FreshDatabase> {
  const name = `guichet_${label}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ''}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
