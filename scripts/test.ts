import { spawnSync } from 'node:child_process';
import { createFreshDatabase, type FreshDatabase } from '../test/fresh-database';
import { buildApp, isBuildStale } from './support/build';
import { freePort } from './support/free-port';

// `npm test`: unit, integration (embedded PostgreSQL, or a fresh database on DATABASE_URL's
// server), then end-to-end in Chromium against the built product. `npm test -- --skip-unit`
// is what .ci/run uses for its second pass on the machine's PostgreSQL.

function run(label: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): boolean {
  console.log(`\n▶ ${label}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  console.log(`◀ ${label} : ${result.status === 0 ? 'OK' : 'ÉCHEC'} (${Math.round((Date.now() - started) / 1000)} s)`);
  return result.status === 0;
}

async function main() {
  const skipUnit = process.argv.includes('--skip-unit');
  const serverUrl = process.env.DATABASE_URL || undefined;
  const node = process.execPath;
  const results: Record<string, boolean> = {};

  if (!skipUnit) results.unit = run('Tests unitaires', node, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'unit']);
  results.integration = run('Tests d’intégration', node, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'integration']);

  if (isBuildStale()) buildApp();
  if (!skipUnit) results.lifecycle = run('Démarrage et arrêt (npm start)', node, ['node_modules/vitest/vitest.mjs', 'run', '--project', 'lifecycle']);
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
      E2E_DATA_DIR: `.test-data/e2e-${process.pid}`,
      ...(e2eDatabase ? { E2E_DATABASE_URL: e2eDatabase.url } : {}),
    };
    delete env.DATABASE_URL;
    results.e2e = run('Tests de bout en bout (Chromium)', node, ['node_modules/@playwright/test/cli.js', 'test'], env);
  } finally {
    await e2eDatabase?.drop();
  }

  const failed = Object.entries(results).filter(([, ok]) => !ok).map(([name]) => name);
  console.log(`\n${Object.keys(results).length - failed.length} passed, ${failed.length} failed (suites : ${Object.keys(results).join(', ')})`);
  process.exit(failed.length ? 1 : 0);
}

main().catch((error: Error) => {
  console.error(error);
  process.exit(1);
});
