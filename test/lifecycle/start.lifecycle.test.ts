import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/support/free-port';

// Needs the build (scripts/test.ts makes it first).

const dataDir = mkdtempSync(path.join(tmpdir(), 'guichet-lifecycle-'));
const started: ChildProcess[] = [];

type Running = { child: ChildProcess; output: () => string; port: number };

async function start(): Promise<Running> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', 'scripts/start.ts'], {
    env: { ...process.env, DATA_DIR: dataDir, PORT: String(port), DATABASE_URL: '', SMTP_URL: '', AUTH_SECRET: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start s'est arrêté :\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child, output: () => output, port };
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`« Accueil » ne répond pas :\n${output}`);
}

function exited(child: ChildProcess, timeoutMs = 20_000): Promise<number | null> {
  if (child.exitCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('le processus ne s’arrête pas')), timeoutMs);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** The web server started by `npm start` (its other children, such as tsx's esbuild service, vary). */
function webServerPid(parent: ChildProcess): number {
  const out = spawnSync('ps', ['-o', 'pid=,args=', '--ppid', String(parent.pid)], { encoding: 'utf8' }).stdout;
  const pids = out
    .split('\n')
    .filter((line) => line.includes('scripts/web-server.mjs'))
    .map((line) => Number(line.trim().split(/\s+/)[0]));
  expect(pids).toHaveLength(1);
  return pids[0];
}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function createAgent(email: string, agentDataDir = dataDir) {
  return spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '--conditions=react-server',
      'scripts/agent-create.ts',
      '--email',
      email,
      '--password',
      'Agent-Solide-2026!',
      '--role',
      'instructeur',
      '--first-name',
      'Inès',
      '--last-name',
      'Roux',
    ],
    { env: { ...process.env, DATA_DIR: agentDataDir, DATABASE_URL: '' }, encoding: 'utf8' },
  );
}

afterAll(() => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

describe('npm start', () => {
  it('starts on a new data directory, prints the admin password once, and a CLI reaches the running instance', async () => {
    const first = await start();
    expect(first.output()).toMatch(/Courriel\s+: admin@guichet\.localhost/);
    expect(first.output()).toMatch(/Mot de passe\s: \S{12,}/);
    expect(first.output()).toContain(`http://127.0.0.1:${first.port}/instruction`);
    expect(first.output()).toContain(`http://127.0.0.1:${first.port}/dev/courriels`);
    const html = await fetch(`http://127.0.0.1:${first.port}/`).then((r) => r.text());
    expect(html).toContain('Démarches à la Une');

    // Without SMTP_URL, mail goes to the built-in catcher, readable from this machine only.
    const catcher = await fetch(`http://127.0.0.1:${first.port}/dev/courriels`);
    expect(catcher.status).toBe(200);
    expect(await catcher.text()).toContain('Courriels envoyés (environnement local)');
    const rebound = await new Promise<number>((resolve, reject) => {
      // fetch() cannot override Host; a DNS-rebinding page would send its own domain here.
      const req = request({ host: '127.0.0.1', port: first.port, path: '/dev/courriels', headers: { Host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end();
    });
    expect(rebound).toBe(404);

    const cli = createAgent('agent.un@exemple.test');
    expect(cli.stderr + cli.stdout).toContain('Agent créé : agent.un@exemple.test');

    const web = webServerPid(first.child);
    first.child.kill('SIGTERM');
    expect(await exited(first.child)).toBe(0);
    expect(isAlive(web)).toBe(false);
    expect(existsSync(path.join(dataDir, 'embedded.json'))).toBe(false);
  }, 150_000);

  it('restarts on the same data after SIGTERM, without seeding again', async () => {
    const second = await start();
    expect(second.output()).not.toMatch(/Mot de passe\s:/);
    // The agent made before is still there: creating it again is refused.
    const again = createAgent('agent.un@exemple.test');
    expect(again.status).not.toBe(0);
    expect(again.stderr).toMatch(/existe déjà/);

    // SIGKILL of the web process: npm start closes the database cleanly and exits.
    process.kill(webServerPid(second.child), 'SIGKILL');
    expect(await exited(second.child)).not.toBe(0);
  }, 150_000);

  it('restarts after the web process was killed, then after everything was killed at once', async () => {
    const third = await start();
    const web = webServerPid(third.child);
    expect(createAgent('agent.deux@exemple.test').status).toBe(0);
    third.child.kill('SIGKILL');
    await exited(third.child);
    // The web server notices that its parent is gone and stops too.
    await expect.poll(() => isAlive(web), { timeout: 10_000 }).toBe(false);

    const fourth = await start();
    expect(createAgent('agent.deux@exemple.test').stderr).toMatch(/existe déjà/);
    expect(createAgent('agent.trois@exemple.test').status).toBe(0);
    fourth.child.kill('SIGTERM');
    expect(await exited(fourth.child)).toBe(0);
  }, 200_000);

  it('refuses to create an agent in a data directory that holds no database', () => {
    const elsewhere = mkdtempSync(path.join(tmpdir(), 'guichet-vide-'));
    const cli = createAgent('agent.perdu@exemple.test', elsewhere);
    expect(cli.status).not.toBe(0);
    expect(cli.stderr).toContain('lancez d’abord npm start');
    expect(existsSync(path.join(elsewhere, 'pg'))).toBe(false);
    rmSync(elsewhere, { recursive: true, force: true });
  }, 60_000);

  it('with the server stopped, a CLI opens the data directory itself', () => {
    const cli = createAgent('agent.quatre@exemple.test');
    expect(cli.stdout).toContain('Agent créé : agent.quatre@exemple.test');
  }, 60_000);
});
