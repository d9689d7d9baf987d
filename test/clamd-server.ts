import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from '../scripts/support/free-port';

// A signature database of our own, since these machines cannot reach database.clamav.net: one
// signature, the EICAR string anywhere in a file, so that a PDF carrying it is caught like the
// official database catches the 68-byte EICAR file.

export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
export const TEST_SIGNATURE = 'Guichet.Test.EICAR';

const CLAMD = ['/usr/sbin/clamd', '/usr/bin/clamd'].find((candidate) => existsSync(candidate));

export const clamdBinary = (): string | undefined => CLAMD;

export type RunningClamd = { url: string; port: number; start: () => Promise<void>; stop: () => Promise<void>; remove: () => Promise<void> };

export function pingClamd(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: '127.0.0.1', port });
    let reply = '';
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.on('connect', () => socket.write('zPING\0'));
    socket.on('data', (chunk) => {
      reply += chunk.toString();
      if (reply.includes('PONG')) done(true);
    });
    socket.on('error', () => done(false));
    socket.on('close', () => done(reply.includes('PONG')));
  });
}

/** `settings` replace or add lines of clamd.conf (e.g. `{ MaxFileSize: '1K' }` to make its scan limits reachable). */
export async function startClamd(port?: number, settings: Record<string, string> = {}): Promise<RunningClamd> {
  if (!CLAMD) throw new Error('clamd introuvable : installez le paquet Debian clamav-daemon (apt-get install clamav-daemon).');
  const clamdPort = port ?? (await freePort());
  const directory = await mkdtemp(path.join(tmpdir(), 'guichet-clamd-'));
  const hex = Buffer.from(EICAR).toString('hex');
  await writeFile(path.join(directory, 'guichet-test.ndb'), `${TEST_SIGNATURE}:0:*:${hex}\n`);
  const config = path.join(directory, 'clamd.conf');
  await writeFile(
    config,
    [
      'Foreground yes',
      `DatabaseDirectory ${directory}`,
      `TemporaryDirectory ${directory}`,
      `LogFile ${path.join(directory, 'clamd.log')}`,
      'TCPAddr 127.0.0.1',
      `TCPSocket ${clamdPort}`,
      // Above MAX_UPLOAD_MB, and what is too big to be scanned whole is reported, not passed as OK.
      'StreamMaxLength 100M',
      'AlertExceedsMax yes',
      'MaxThreads 4',
      'SelfCheck 0',
    ]
      .filter((line) => !(line.split(' ')[0] in settings))
      .concat(
        Object.entries(settings).map(([name, value]) => `${name} ${value}`),
        '',
      )
      .join('\n'),
  );
  let child: ChildProcess | null = null;

  const start = async () => {
    if (child) return;
    const running = spawn(CLAMD!, ['-c', config], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    running.stderr?.on('data', (chunk) => (stderr += chunk.toString()));
    child = running;
    const deadline = Date.now() + 30_000;
    while (!(await pingClamd(clamdPort))) {
      if (running.exitCode !== null) throw new Error(`clamd s’est arrêté au démarrage : ${stderr.trim()}`);
      if (Date.now() > deadline) throw new Error('clamd ne répond pas après 30 s');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return {
    url: `tcp://127.0.0.1:${clamdPort}`,
    port: clamdPort,
    start,
    stop,
    remove: async () => {
      await stop();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
