import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// `npm start` builds when there is no build yet or when a source file is newer than it.
const SOURCES = ['app', 'components', 'lib', 'emails', 'prisma/schema.prisma', 'next.config.ts', 'instrumentation.ts', 'proxy.ts', 'package-lock.json'];
const IGNORED = new Set(['node_modules', 'generated', '.next']);

function newestMtime(entry: string): number {
  let stats: ReturnType<typeof statSync>;
  try {
    stats = statSync(entry);
  } catch {
    return 0;
  }
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = 0;
  for (const child of readdirSync(entry)) {
    if (!IGNORED.has(child)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export function isBuildStale(root = process.cwd()): boolean {
  let built: number;
  try {
    built = statSync(path.join(root, '.next', 'BUILD_ID')).mtimeMs;
  } catch {
    return true;
  }
  return SOURCES.some((source) => newestMtime(path.join(root, source)) > built);
}

export function buildApp(): void {
  console.log('Construction de l’application (next build)…');
  const started = Date.now();
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('La construction a échoué (voir ci-dessus).');
  console.log(`Construction terminée en ${Math.round((Date.now() - started) / 1000)} s.`);
}
