import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from '../support/free-port';

// Its own cluster: the test restarts it under load without touching the machine's shared one.

export type PostgresCluster = {
  url: string;
  stop: () => void;
  start: () => void;
  /** Stops it (immediately) and deletes its directory. */
  remove: () => void;
};

function binDirectory(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  const found = versions.map((version) => path.join(root, version, 'bin')).find((dir) => existsSync(path.join(dir, 'initdb')));
  if (!found) throw new Error('PostgreSQL introuvable (/usr/lib/postgresql/*/bin/initdb) : installez le paquet Debian postgresql.');
  return found;
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = binDirectory();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guichet-resilience-pg-'));
  const data = path.join(dir, 'data');
  const port = await freePort();
  const asRoot = process.getuid?.() === 0;
  // initdb refuses to run as root: the directory goes to `postgres`, which runs every command.
  if (asRoot) spawnSync('chown', ['postgres:postgres', dir], { stdio: 'inherit' });
  const run = (command: string, args: string[], allowFailure = false) => {
    const [file, ...rest] = asRoot ? ['runuser', '-u', 'postgres', '--', path.join(bin, command), ...args] : [path.join(bin, command), ...args];
    const result = spawnSync(file, rest, { encoding: 'utf8', timeout: 90_000 });
    if (result.status !== 0 && !allowFailure) throw new Error(`${command} a échoué : ${result.stderr || result.stdout || result.error?.message}`);
  };

  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-locale', '--no-sync']);
  // Durability is not what this cluster is for (it lives for one run): no fsync, fast restarts.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = () => run('pg_ctl', ['-D', data, '-l', path.join(dir, 'postgres.log'), '-o', options, '-w', '-t', '60', 'start']);
  const stop = (mode = 'fast') => run('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '60', 'stop'], true);
  start();

  const admin = new pg.Client({ connectionString: `postgresql://postgres@127.0.0.1:${port}/postgres` });
  await admin.connect();
  await admin.query('CREATE DATABASE guichet');
  await admin.end();

  return {
    url: `postgresql://postgres@127.0.0.1:${port}/guichet`,
    start,
    stop: () => stop(),
    remove: () => {
      stop('immediate');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
