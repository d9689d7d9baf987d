import { spawn, type ChildProcess } from 'node:child_process';
import { stopChild } from './stop-child';

// The PID held is the server itself: `npx next start` forks, and killing its PID would leave the
// real server running.

export type AppServer = { name: string; child: ChildProcess; base: string; output: string[] };

export type StartServerOptions = {
  name: string;
  args: string[];
  port: number;
  env: Record<string, string | undefined>;
  /** Sees each output line first; returns true to keep it out of `output`. */
  onLine?: (line: string) => boolean;
  timeoutMs?: number;
};

export async function waitUntilUp(server: AppServer, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.child.exitCode !== null || server.child.signalCode !== null)
      throw new Error(`${server.name} s’est arrêté :\n${server.output.slice(-20).join('\n')}`);
    try {
      await (await fetch(`${server.base}/`, { redirect: 'manual', signal: AbortSignal.timeout(10_000) })).arrayBuffer();
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${server.name} ne répond pas après ${timeoutMs / 1000} s`);
}

export async function startServer(options: StartServerOptions): Promise<AppServer> {
  const child = spawn(process.execPath, options.args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', HOST: '127.0.0.1', PORT: String(options.port), ...options.env },
  });
  const server: AppServer = { name: options.name, child, base: `http://127.0.0.1:${options.port}`, output: [] };
  let pending = '';
  const onData = (chunk: Buffer) => {
    pending += chunk.toString('utf8');
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      if (options.onLine?.(line)) continue;
      server.output.push(line);
      if (server.output.length > 200) server.output.shift();
    }
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  await waitUntilUp(server, options.timeoutMs);
  return server;
}

export function isRunning(server: AppServer): boolean {
  return server.child.exitCode === null && server.child.signalCode === null;
}

export async function stopServer(server: AppServer, graceMs = 8_000) {
  await stopChild(server.child, graceMs);
}
