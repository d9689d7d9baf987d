import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { stopChild } from '../support/stop-child';

// Emails/s from the queueing to the last « SENT » row; the sink's own count is checked against it.

export type OutboxResult = { emails: number; sent: number; received: number; seconds: number; perSecond: number; peakRss: number };

type Options = {
  databaseUrl: string;
  count: number;
  smtpPort: number;
  sinkHttpPort: number;
  /** Environment of the worker (AUTH_SECRET, DATA_DIR…); DATABASE_URL and SMTP_URL are set here. */
  env: NodeJS.ProcessEnv;
  sampleRss: (pid: number) => { stop(): { peak: number } };
  timeoutMs?: number;
};

const TEMPLATE = 'bench-outbox';

function startProcess(args: string[], env: NodeJS.ProcessEnv, readyLine: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`Pas démarré en 60 s : ${args.join(' ')}\n${output}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      if (readyLine.test(output)) {
        clearTimeout(timer);
        resolve(child);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Arrêté (code ${code}) : ${args.join(' ')}\n${output}`));
    });
  });
}

async function stop(child: ChildProcess) {
  if (child.exitCode !== null) return;
  child.removeAllListeners('exit');
  await stopChild(child, 8_000);
}

export async function measureOutbox(options: Options): Promise<OutboxResult> {
  const { databaseUrl, count, smtpPort, sinkHttpPort } = options;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const sink = await startProcess(['--import', 'tsx', 'e2e/support/smtp-sink-server.ts', String(smtpPort), String(sinkHttpPort)], process.env, /SMTP sink/);
  let worker: ChildProcess | undefined;
  try {
    await client.query(`DELETE FROM "OutboxEmail" WHERE template = $1`, [TEMPLATE]);
    worker = await startProcess(
      // As `npm run worker` (docs/decisions/032).
      ['--import', 'tsx', 'scripts/worker.ts'],
      {
        ...options.env,
        NODE_ENV: 'production',
        DATABASE_URL: databaseUrl,
        SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
        TSX_TSCONFIG_PATH: 'tsconfig.worker.json',
      },
      /worker démarré/,
    );
    const rss = options.sampleRss(worker.pid!);
    const started = Date.now();
    // Dates are UTC wall-clock values in these timestamp(3) columns (lib/mail/worker.ts).
    await client.query(
      `INSERT INTO "OutboxEmail" (id, template, "to", subject, html, text, "nextAttemptAt")
       SELECT gen_random_uuid(), $1, 'banc.' || n || '@bench.localhost', 'Banc d’essai n° ' || n,
              '<p>Bonjour,</p><p>Ceci est le courriel n° ' || n || ' du banc d’essai.</p>', 'Bonjour, ceci est le courriel n° ' || n || ' du banc d’essai.',
              (now() AT TIME ZONE 'UTC') - interval '1 second'
       FROM generate_series(1, $2) AS n`,
      [TEMPLATE, count],
    );
    const deadline = started + (options.timeoutMs ?? 15 * 60_000);
    let sent = 0;
    while (Date.now() < deadline) {
      sent = Number((await client.query(`SELECT count(*) FROM "OutboxEmail" WHERE template = $1 AND status = 'SENT'`, [TEMPLATE])).rows[0].count);
      if (sent >= count) break;
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const seconds = (Date.now() - started) / 1000;
    const { peak } = rss.stop();
    const received = ((await (await fetch(`http://127.0.0.1:${sinkHttpPort}/messages/count`)).json()) as { count: number }).count;
    return { emails: count, sent, received, seconds, perSecond: sent / seconds, peakRss: peak };
  } finally {
    if (worker) await stop(worker);
    await stop(sink);
    await client.query(`DELETE FROM "OutboxEmail" WHERE template = $1`, [TEMPLATE]).catch(() => undefined);
    await client.end();
  }
}
