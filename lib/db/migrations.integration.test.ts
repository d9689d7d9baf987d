import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createFreshDatabase, type FreshDatabase } from '../../test/fresh-database';
import { applyMigrations, listMigrations } from './migrations';

// Runs against a database of its own (embedded, or a new one on DATABASE_URL's server).
const serverUrl = process.env.TEST_POSTGRES_SERVER_URL || undefined;

function migrationsDir(migrations: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'guichet-migrations-'));
  for (const [name, sql] of Object.entries(migrations)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

describe('applyMigrations', () => {
  let database: FreshDatabase;
  beforeAll(async () => {
    database = await createFreshDatabase(serverUrl, 'mig');
  });
  afterAll(async () => database?.drop());

  it('the project migrations are already applied by the fresh database, and a second run applies nothing', async () => {
    const applied = await withClient(database.url, (client) => applyMigrations(client));
    expect(applied).toEqual([]);
    const rows = await withClient(database.url, (client) =>
      client.query('SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name'),
    );
    expect(rows.rows.map((row) => row.migration_name)).toEqual(listMigrations().map((m) => m.name));
    expect(rows.rows.every((row) => row.finished_at !== null && /^[0-9a-f]{64}$/.test(row.checksum))).toBe(true);
  });

  it('applies new migrations in order, once, even when two processes start together', async () => {
    const dir = migrationsDir({
      '20990101000000_a': 'CREATE TABLE "MigTestA" (id int primary key);',
      '20990101000001_b': 'INSERT INTO "MigTestA" VALUES (1);',
    });
    const results = await Promise.all([
      withClient(database.url, (client) => applyMigrations(client, dir)),
      withClient(database.url, (client) => applyMigrations(client, dir)),
    ]);
    expect(results.flat().sort()).toEqual(['20990101000000_a', '20990101000001_b']);
    const count = await withClient(database.url, (client) => client.query('SELECT count(*)::int AS n FROM "MigTestA"'));
    expect(count.rows[0].n).toBe(1);
  });

  it('rolls back a failing migration entirely and reports it', async () => {
    const dir = migrationsDir({ '20990102000000_bad': 'CREATE TABLE "MigTestBad" (id int); SELECT * FROM no_such_table;' });
    await expect(withClient(database.url, (client) => applyMigrations(client, dir))).rejects.toThrow(/Échec de la migration 20990102000000_bad/);
    const exists = await withClient(database.url, (client) => client.query(`SELECT to_regclass('"MigTestBad"') AS t`));
    expect(exists.rows[0].t).toBeNull();
  });

  it('refuses to run when an applied migration was edited afterwards', async () => {
    const dir = migrationsDir({ '20990103000000_c': 'CREATE TABLE "MigTestC" (id int);' });
    await withClient(database.url, (client) => applyMigrations(client, dir));
    writeFileSync(path.join(dir, '20990103000000_c', 'migration.sql'), 'CREATE TABLE "MigTestC" (id bigint);');
    await expect(withClient(database.url, (client) => applyMigrations(client, dir))).rejects.toThrow(/modifiée après avoir été appliquée/);
  });
});
