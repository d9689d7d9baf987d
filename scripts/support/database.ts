import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '../../lib/db/embedded';

// The embedded database is reached through the running instance (its address is in
// DATA_DIR/embedded.json) or opened here; a lock file keeps two processes from opening it at once.

type RunningInfo = { pid: number; url: string };

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readRunning(dataDir: string): RunningInfo | null {
  try {
    const info = JSON.parse(readFileSync(path.join(dataDir, 'embedded.json'), 'utf8')) as RunningInfo;
    return isAlive(info.pid) ? info : null;
  } catch {
    return null;
  }
}

export type DatabaseHandle = { url: string; embedded: boolean; release: () => Promise<void> };

export async function openEmbeddedDatabase(dataDir: string): Promise<DatabaseHandle> {
  const running = readRunning(dataDir);
  if (running) throw new Error(`La base embarquée de ${dataDir} est déjà ouverte par le processus ${running.pid} (Guichet tourne déjà ?).`);
  mkdirSync(dataDir, { recursive: true });
  const pg: EmbeddedPostgres = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pg') });
  const infoFile = path.join(dataDir, 'embedded.json');
  writeFileSync(infoFile, JSON.stringify({ pid: process.pid, url: pg.url } satisfies RunningInfo));
  return {
    url: pg.url,
    embedded: true,
    release: async () => {
      rmSync(infoFile, { force: true });
      await pg.stop();
    },
  };
}

export async function connectDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<DatabaseHandle> {
  if (options.databaseUrl) return { url: options.databaseUrl, embedded: false, release: async () => {} };
  const running = existsSync(options.dataDir) ? readRunning(options.dataDir) : null;
  if (running) return { url: running.url, embedded: true, release: async () => {} };
  return openEmbeddedDatabase(options.dataDir);
}
