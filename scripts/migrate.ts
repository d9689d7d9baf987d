import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations, listMigrations, MIGRATIONS_DIR } from '../lib/db/migrations';
import { diffSchemas } from '../lib/db/schema-diff';
import { readScriptConfig } from './support/config';
import { connectDatabase } from './support/database';

// npm run db:migrate                         apply pending migrations (embedded or DATABASE_URL)
// npm run db:migration:create -- <name>      write prisma/migrations/<timestamp>_<name>/ from the schema change
//
// Each migration folder keeps a copy of the schema it produces (schema.prisma): the next
// migration is the diff from that snapshot to prisma/schema.prisma (no shadow database needed).

async function deploy() {
  const config = readScriptConfig();
  const database = await connectDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const applied = await applyMigrations(client);
    console.log(applied.length ? `Migrations appliquées : ${applied.join(', ')}` : 'Base à jour : aucune migration à appliquer.');
  } finally {
    await client.end();
    await database.release();
  }
}

async function create(name: string | undefined) {
  if (!name || !/^[a-z0-9_]+$/.test(name)) throw new Error('Usage : npm run db:migration:create -- nom_en_snake_case');
  const migrations = listMigrations();
  const last = migrations.at(-1);
  const fromSchema = last ? readFileSync(path.join(MIGRATIONS_DIR, last.name, 'schema.prisma'), 'utf8') : null;
  const toSchema = readFileSync('prisma/schema.prisma', 'utf8');
  const sql = await diffSchemas(fromSchema, toSchema);
  if (!sql || sql.startsWith('-- This is an empty migration')) {
    console.log('Aucun changement de schéma : pas de migration créée.');
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const dir = path.join(MIGRATIONS_DIR, `${stamp}_${name}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'migration.sql'), `${sql}\n`);
  writeFileSync(path.join(dir, 'schema.prisma'), toSchema);
  const lock = path.join(MIGRATIONS_DIR, 'migration_lock.toml');
  if (!existsSync(lock)) writeFileSync(lock, 'provider = "postgresql"\n');
  console.log(`Migration créée : ${path.relative(process.cwd(), dir)}/migration.sql — relisez-la avant de la committer.`);
}

const [command, arg] = process.argv.slice(2);
const run = command === 'create' ? () => create(arg) : command === 'deploy' ? deploy : null;
if (!run) {
  console.error('Usage : tsx scripts/migrate.ts deploy | create <nom>');
  process.exit(2);
}
run().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
