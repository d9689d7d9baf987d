import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stopChild } from '../support/stop-child';

// Retries are deliberate (docs/decisions/019-resilience-test.md): nginx passes a request to the
// other instance only when it could not be delivered (connection refused, connect timeout) —
// the instance never saw it. A POST already sent is never replayed by nginx (no `non_idempotent`):
// the instance may have committed it before dying; the client retries with its idempotency key.

export type LoadBalancer = { port: number; child: ChildProcess; stop: () => Promise<void> };

export function ensureNginx(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  if (found) return found;
  if (process.getuid?.() !== 0) throw new Error('nginx est absent : installez-le (apt-get install nginx-light) ou lancez ce test en root.');
  console.log('Installation de nginx (Debian)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', 'nginx-light'],
  ]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env, timeout: 300_000 });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} a échoué.`);
  }
  return '/usr/sbin/nginx';
}

/** What users see when no instance can answer: French, no server detail (one line: it sits in the config). */
const UNAVAILABLE_PAGE =
  '<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Service momentanément indisponible — Guichet</title></head>' +
  '<body><main><h1>Service momentanément indisponible</h1><p>Le guichet en ligne ne peut pas répondre pour le moment. ' +
  'Vos données déjà enregistrées ne sont pas perdues.</p><p>Réessayez dans quelques instants.</p></main></body></html>';

export function nginxConfig(options: { dir: string; port: number; upstreams: number[] }): string {
  const { dir } = options;
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  client_max_body_size 25m;
  upstream guichet {
${options.upstreams.map((port) => `    server 127.0.0.1:${port} max_fails=1 fail_timeout=5s;`).join('\n')}
    keepalive 16;
  }
  server {
    listen 127.0.0.1:${options.port};
    error_page 502 503 504 @indisponible;
    location @indisponible {
      default_type "text/html; charset=utf-8";
      return 503 '${UNAVAILABLE_PAGE}';
    }
    location / {
      proxy_pass http://guichet;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      # Overwritten, never appended: the app trusts one hop (TRUST_PROXY=1).
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_next_upstream error timeout;
      proxy_next_upstream_tries 2;
      proxy_connect_timeout 2s;
      proxy_read_timeout 90s;
      proxy_intercept_errors off;
      add_header X-Guichet-Instance $upstream_addr always;
    }
  }
}
`;
}

export async function startLoadBalancer(options: { dir: string; port: number; upstreams: number[] }): Promise<LoadBalancer> {
  const nginx = ensureNginx();
  mkdirSync(options.dir, { recursive: true });
  const configFile = path.join(options.dir, 'nginx.conf');
  writeFileSync(configFile, nginxConfig(options));
  // -e: the error log before the configuration is read (else /var/log/nginx, maybe not writable).
  const child = spawn(nginx, ['-c', configFile, '-p', options.dir, '-e', path.join(options.dir, 'error.log')], { stdio: ['ignore', 'inherit', 'inherit'] });
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`nginx s’est arrêté (code ${child.exitCode}) : voir ${options.dir}/error.log`);
    try {
      await fetch(`http://127.0.0.1:${options.port}/`, { redirect: 'manual', signal: AbortSignal.timeout(5_000) });
      break;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  return {
    port: options.port,
    child,
    // SIGQUIT: graceful shutdown of nginx's master and worker.
    stop: () => stopChild(child, 5_000, 'SIGQUIT'),
  };
}
