import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { defaultAppUrl } from '../lib/env-schema';
import { buildApp, isBuildStale } from './support/build';
import { readScriptConfig } from './support/config';
import { openEmbeddedDatabase, type DatabaseHandle } from './support/database';
import { stopChild } from './support/stop-child';

// If the web server dies, the database is closed cleanly too and we exit with its status.

/**
 * Migrations and seed in a child process (scripts/prepare-database.ts): this one holds the embedded
 * database as long as the server runs, and keeps none of their modules (Prisma, argon2…) in memory.
 */
async function migrateAndSeed(url: string): Promise<void> {
  const child = spawn(process.execPath, [...process.execArgv, 'scripts/prepare-database.ts'], {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url },
  });
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error('La préparation de la base a échoué (voir ci-dessus).');
}

function startWebServer(config: ReturnType<typeof readScriptConfig>, databaseUrl: string, dev: boolean): ChildProcess {
  // `npx next start` forks: hold the web server's own PID.
  const args = dev ? ['node_modules/next/dist/bin/next', 'dev', '-H', config.HOST, '-p', String(config.PORT)] : ['scripts/web-server.mjs'];
  return spawn(process.execPath, args, {
    stdio: 'inherit',
    env: {
      ...process.env,
      GUICHET_PARENT_PID: String(process.pid),
      DATABASE_URL: databaseUrl,
      HOST: config.HOST,
      PORT: String(config.PORT),
      NEXT_TELEMETRY_DISABLED: '1',
      NODE_ENV: dev ? 'development' : 'production',
    },
  });
}

/** Where to go once started, and how to get back in when the administrator's password was not noted. */
function startBanner(config: ReturnType<typeof readScriptConfig>): string {
  const url = (config.APP_URL ?? defaultAppUrl(config.HOST, config.PORT)).replace(/\/$/, '');
  return [
    `Guichet démarre sur ${url}`,
    `  Espace des agents : ${url}/instruction`,
    config.SMTP_URL ? null : `  Courriels (aucun SMTP_URL, ils ne partent pas) : ${url}/dev/courriels`,
    '  Mot de passe de l’administrateur perdu : « Mot de passe oublié » sur la page de connexion' +
      (config.SMTP_URL ? '' : ' (le courriel arrive dans /dev/courriels)') +
      ", ou npm run agent:create -- --email … --password '…' --role admin --first-name … --last-name …",
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
}

async function main() {
  const dev = process.argv.includes('--dev');
  const config = readScriptConfig();
  if (!dev && isBuildStale()) buildApp();

  let database: DatabaseHandle | null = null;
  if (!config.DATABASE_URL) {
    database = await openEmbeddedDatabase(config.DATA_DIR);
    console.log(`Base embarquée (PGlite) : ${config.DATA_DIR}/pg`);
  }

  let web: ChildProcess | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (web) await stopChild(web, 10_000);
    await database?.release();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));

  try {
    await migrateAndSeed(config.DATABASE_URL ?? database!.url);
    if (database) {
      // PGlite's WebAssembly memory never shrinks: what initdb, the migrations and the seed made it
      // grow would stay for as long as the server runs. A new instance on the same files starts
      // small; the old one is collected at once (`npm start` passes --expose-gc).
      await database.release();
      database = await openEmbeddedDatabase(config.DATA_DIR);
      (globalThis as { gc?: () => void }).gc?.();
    }
  } catch (error) {
    console.error((error as Error).message);
    await stop(1);
    return;
  }

  web = startWebServer(config, config.DATABASE_URL ?? database!.url, dev);
  web.once('exit', (code, signal) => {
    if (stopping) return;
    console.error(`Le serveur web s’est arrêté (${signal ?? `code ${code}`}).`);
    void stop(code ?? 1);
  });
  console.log(startBanner(config));
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
