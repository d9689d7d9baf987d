import { spawnSync } from 'node:child_process';
import { createFreshDatabase, type FreshDatabase } from '../test/fresh-database';
import { buildApp, isBuildStale } from './support/build';
import { freePort } from './support/free-port';

// `npm test`: unit, integration (embedded PostgreSQL, or fresh databases on DATABASE_URL's
// server), the build (once, when stale), `npm start`'s lifecycle, then end-to-end in Chromium
// against the built product. Options, for .ci/run's second pass on the machine's PostgreSQL:
//   --only=integration,e2e   the suites to run (unit, integration, lifecycle, e2e)
//   --e2e-grep=@postgresql   only the journeys with this tag (docs/decisions/021-fast-tests.md)

const node = process.execPath;

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(`◀ ${label} : ${result.status === 0 ? 'OK' : 'ÉCHEC'} (${Math.round((Date.now() - started) / 1000)} s)`);
  return result.status === 0;
}

function option(name: string): string | undefined {
  return process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function main() {
  const only = option('only')?.split(',');
  const wanted = (suite: string) => !only || only.includes(suite);
  const e2eGrep = option('e2e-grep');
  const serverUrl = process.env.DATABASE_URL || undefined;
  const results: Record<string, boolean> = {};

  if (wanted('unit')) results.unit = run('Tests unitaires', node, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit']);
  if (wanted('integration')) results.integration = run('Tests d’intégration', node, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'integration']);

  if ((wanted('lifecycle') || wanted('e2e')) && isBuildStale()) buildApp();
  if (wanted('lifecycle')) results.lifecycle = run('Démarrage et arrêt (npm start)', node, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'lifecycle']);
  if (wanted('e2e')) results.e2e = await runEndToEnd(serverUrl, e2eGrep);

  const failed = Object.entries(results)
    .filter(([, ok]) => !ok)
    .map(([name]) => name);
  console.log(`\n${Object.keys(results).length - failed.length} passed, ${failed.length} failed (suites : ${Object.keys(results).join(', ')})`);
  process.exit(failed.length ? 1 : 0);
}

async function runEndToEnd(serverUrl: string | undefined, grep: string | undefined): Promise<boolean> {
  let e2eDatabase: FreshDatabase | undefined;
  try {
    // Embedded: the product's own start script opens a new data directory. Otherwise a new database.
    if (serverUrl) e2eDatabase = await createFreshDatabase(serverUrl, 'e2e');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      E2E_PORT: String(await freePort()),
      E2E_SMTP_PORT: String(await freePort()),
      E2E_SINK_PORT: String(await freePort()),
      E2E_CLAMD_PORT: String(await freePort()),
      E2E_FRANCECONNECT_PORT: String(await freePort()),
      E2E_PROCONNECT_PORT: String(await freePort()),
      E2E_DATA_DIR: `.test-data/e2e-${process.pid}`,
      ...(e2eDatabase ? { E2E_DATABASE_URL: e2eDatabase.url } : {}),
    };
    delete env.DATABASE_URL;
    const args = ['node_modules/@playwright/test/cli.js', 'test', ...(grep ? ['--grep', grep] : [])];
    return run(`Tests de bout en bout (Chromium${grep ? `, ${grep}` : ''})`, node, args, env);
  } finally {
    await e2eDatabase?.drop();
  }
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
