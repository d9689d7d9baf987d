import pg from 'pg';
import { applyMigrations } from '../lib/db/migrations';
import { readScriptConfig } from './support/config';
import { connectDatabase } from './support/database';

// For deployments that run the web servers with WORKER=off. Several can run at once, on several
// machines: rows are claimed with leases. It runs without the react-server condition (where React
// Email cannot render the emails its jobs queue): tsconfig.worker.json maps `server-only` instead.

async function main() {
  const config = readScriptConfig();
  const database = await connectDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  await applyMigrations(client).finally(() => client.end());
  // lib/env reads the environment when first imported: set the address before.
  process.env.DATABASE_URL = database.url;

  const { startBackgroundJobs } = await import('../lib/jobs/background-jobs');
  const { db } = await import('../lib/db');
  const stopJobs = startBackgroundJobs();
  console.log('Guichet worker démarré');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    console.log('Guichet worker : arrêt en cours…');
    await stopJobs();
    await db.$disconnect();
    await database.release();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
