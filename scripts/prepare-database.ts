import pg from 'pg';
import { applyMigrations } from '../lib/db/migrations';
import { seedDatabase } from '../prisma/seed';

// Migrations and first-start seed of the database at DATABASE_URL, in a process of their own that
// then exits: `npm start` (scripts/start.ts) keeps the embedded database open for as long as the
// server runs, and must not keep Prisma, argon2 and the migrations' modules in memory with it.

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL manquante');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const applied = await applyMigrations(client);
    if (applied.length) console.log(`Migrations appliquées : ${applied.join(', ')}`);
  } finally {
    await client.end();
  }
  await seedDatabase(url);
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    console.error(error.message);
    process.exit(1);
  },
);
