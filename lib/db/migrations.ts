import { createHash, randomUUID } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import type { Client } from 'pg';

// Applies prisma/migrations/*/migration.sql and records them in Prisma's own `_prisma_migrations`
// table (same columns, same SHA-256 checksum), so `prisma migrate deploy` stays usable wherever
// Prisma's native engine can be downloaded. Why not the CLI: docs/decisions/002-offline-migrations.md.

export const MIGRATIONS_DIR = path.resolve('prisma/migrations');
const LOCK_KEY = 72707369; // the advisory lock id Prisma's own engine uses

export type Migration = { name: string; sql: string; checksum: string };

export function listMigrations(dir = MIGRATIONS_DIR): Migration[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(path.join(dir, name, 'migration.sql'), 'utf8');
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

type AppliedRow = { migration_name: string; checksum: string; finished_at: Date | null; rolled_back_at: Date | null };

/** Applies pending migrations in order, each in its own transaction. Safe to call from several processes at once. */
export async function applyMigrations(client: Client, dir = MIGRATIONS_DIR): Promise<string[]> {
  const migrations = listMigrations(dir);
  // Mutual exclusion per transaction: pg_advisory_xact_lock on PostgreSQL; on PGlite every socket
  // connection shares one session (session locks exclude nothing) but transactions are serialised.
  await inTransaction(client, async () => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
    await client.query(CREATE_TABLE);
  });
  const { rows } = await client.query<AppliedRow>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
  );
  const failed = rows.find((row) => row.finished_at === null);
  if (failed) {
    throw new Error(`La migration ${failed.migration_name} a échoué lors d'un démarrage précédent : corrigez la base puis marquez-la annulée.`);
  }
  for (const row of rows) {
    const local = migrations.find((m) => m.name === row.migration_name);
    if (local && local.checksum !== row.checksum) {
      throw new Error(`La migration ${row.migration_name} a été modifiée après avoir été appliquée (somme de contrôle différente).`);
    }
  }
  const applied = new Set(rows.map((row) => row.migration_name));
  const done: string[] = [];
  for (const migration of migrations) {
    if (applied.has(migration.name)) continue;
    const ran = await inTransaction(client, async () => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const already = await client.query('SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1 AND rolled_back_at IS NULL', [migration.name]);
      if (already.rowCount) return false;
      await client.query(migration.sql);
      await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, migration_name, finished_at, applied_steps_count) VALUES ($1, $2, $3, now(), 1)`, [
        randomUUID(),
        migration.checksum,
        migration.name,
      ]);
      return true;
    }).catch((error: Error) => {
      throw new Error(`Échec de la migration ${migration.name} : ${error.message}`);
    });
    if (ran) done.push(migration.name);
  }
  return done;
}

async function inTransaction<T>(client: Client, run: () => Promise<T>): Promise<T> {
  await client.query('BEGIN');
  try {
    const result = await run();
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
