import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { applyMigrations } from '../lib/db/migrations';
import { readScriptConfig } from './support/config';
import { connectDatabase } from './support/database';

// Works whether or not the server is running (see scripts/support/database.ts), but never on a
// database that does not exist yet: a DATA_DIR other than the server's would make a second one.

const USAGE = "Usage : npm run agent:create -- --email E --password 'P' --role admin (ou --role instructeur) --first-name F --last-name L";

async function main() {
  const { values } = parseArgs({
    options: {
      email: { type: 'string' },
      password: { type: 'string' },
      role: { type: 'string' },
      'first-name': { type: 'string' },
      'last-name': { type: 'string' },
    },
  });
  const role = values.role === 'admin' ? 'ADMIN' : values.role === 'instructeur' ? 'INSTRUCTEUR' : null;
  if (!values.email || !values.password || !role || !values['first-name'] || !values['last-name']) throw new Error(USAGE);

  const config = readScriptConfig();
  if (!config.DATABASE_URL && !existsSync(path.join(config.DATA_DIR, 'pg'))) {
    throw new Error(
      `Aucune base dans ${config.DATA_DIR} : lancez d’abord npm start, qui la crée, ou donnez à cette commande le même DATA_DIR (ou DATABASE_URL) que le serveur.`,
    );
  }
  const database = await connectDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR });
  try {
    // A CLI may be the first thing run against a new database.
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await applyMigrations(client).finally(() => client.end());
    process.env.DATABASE_URL = database.url;
    const { createAgent } = await import('../lib/accounts/create-agent');
    const agent = await createAgent({
      email: values.email,
      password: values.password,
      role,
      firstName: values['first-name'],
      lastName: values['last-name'],
    });
    const where = config.DATABASE_URL ? 'DATABASE_URL' : `${config.DATA_DIR}/pg`;
    console.log(`Agent créé : ${agent.email} (${role === 'ADMIN' ? 'administrateur' : 'instructeur'}), dans la base ${where}.`);
  } finally {
    const { db } = await import('../lib/db');
    await db.$disconnect();
    await database.release();
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
