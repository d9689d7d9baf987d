import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import pg from 'pg';
import { eicarPdf } from '../e2e/fixtures/files/generators';
import { clamdBinary, EICAR, startClamd, type RunningClamd } from '../test/clamd-server';
import { startS3rver, type RunningS3rver } from '../test/s3rver-server';
import { isRunning, startServer, stopServer, type AppServer } from './support/app-server';
import { buildApp, isBuildStale } from './support/build';
import { freePort } from './support/free-port';
import { actionRedirect, cookieHeader, LOGIN_ACTION, postAction, signIn, type Cookies } from './support/http-session';
import { launchBrowser, renderedPage } from './resilience/browser-check';
import {
  attachFile,
  deposit,
  downloadFile,
  LOGOUT_EVERYWHERE,
  openPage,
  startDraft,
  submit,
  TEST_DOCUMENT,
  TEST_FIELD,
  uploadAndAttach,
  uploadFile,
  type Outcome,
} from './resilience/journeys';
import { ensureNginx, startLoadBalancer, type LoadBalancer } from './resilience/load-balancer';
import { startPostgresCluster, type PostgresCluster } from './resilience/postgres-cluster';
import { emptyErrors, formatTable, judgeErrorAnswer, scenarioPassed, type ScenarioResult } from './resilience/report';

// docs/decisions/019-resilience-test.md. Exits 1 when an operation was lost or duplicated, a
// person saw a trace or an unclear error, or the service did not recover.

const PASSWORD = 'Resilience-Mot-de-passe-2026!';
const APPLICANTS = 10;
const SUBMISSIONS = 100;
const TOTAL_BOUND_MS = 6 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const log = (message: string) => console.log(`[résilience ${new Date().toISOString().slice(11, 19)}] ${message}`);

/** Runs `work` with a hard bound: past `ms`, the scenario fails instead of hanging. */
async function bounded<T>(label: string, ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${label} : délai de ${ms / 1000} s dépassé`)), ms);
  });
  try {
    return await Promise.race([work(), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

async function waitFor(check: () => Promise<boolean>, ms: number, everyMs = 250): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return true;
    await sleep(everyMs);
  }
  return false;
}

async function inParallel<T>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        await task(items[index], index);
      }
    }),
  );
}

type Child = { name: string; child: ChildProcess; output: string[] };

function spawnChild(name: string, args: string[], env: Record<string, string>, readyLine: RegExp, timeoutMs = 90_000): Promise<Child> {
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const handle: Child = { name, child, output: [] };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${name} ne démarre pas :\n${handle.output.slice(-20).join('\n')}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) {
        handle.output.push(line);
        if (handle.output.length > 200) handle.output.shift();
        if (readyLine.test(line)) {
          clearTimeout(timer);
          resolve(handle);
        }
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      const message = `${name} s’est arrêté (${signal ?? `code ${code}`}) :\n${handle.output.slice(-20).join('\n')}`;
      // Before it was ready: the platform does not start. After: said at once, for the diagnosis.
      reject(new Error(message));
      if (signal !== 'SIGTERM') log(message);
    });
  });
}

type Platform = {
  cluster: PostgresCluster;
  store: RunningS3rver;
  clamd: RunningClamd;
  sink: Child & { api: string };
  worker: Child;
  web: [AppServer, AppServer];
  webPorts: [number, number];
  webEnv: Record<string, string>;
  lb: LoadBalancer;
  base: string;
  dir: string;
  slug: string;
  applicants: string[];
};

async function createFixtures(url: string, authSecret: string): Promise<{ slug: string; applicants: string[] }> {
  // The app's modules read the environment when first imported.
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET = authSecret;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { applyMigrations } = await import('../lib/db/migrations');
    await applyMigrations(client);
    const { hashPassword } = await import('../lib/auth/password-hash');
    const hash = await hashPassword(PASSWORD);
    const applicants = Array.from({ length: APPLICANTS + 2 }, (_, index) => `usager${index + 1}@resilience.localhost`);
    for (const email of applicants) {
      await client.query(
        `INSERT INTO "User" (id, email, "firstName", "lastName", "passwordHash", role, "emailVerifiedAt", "updatedAt") VALUES ($1, $2, 'Camille', 'Résiliente', $3, 'USAGER', now(), now())`,
        [randomUUID(), email, hash],
      );
    }
    const admin = await client.query<{ id: string; role: 'ADMIN' }>(
      `INSERT INTO "User" (id, email, "firstName", "lastName", "passwordHash", role, "emailVerifiedAt", "updatedAt") VALUES ($1, 'admin@resilience.localhost', 'Adèle', 'Admin', $2, 'ADMIN', now(), now()) RETURNING id, role`,
      [randomUUID(), hash],
    );
    const { createProcedure } = await import('../lib/procedures/create-procedure');
    const { toParisDay } = await import('../lib/procedures/campaign-dates');
    const day = (offset: number) => toParisDay(new Date(Date.now() + offset * 86_400_000));
    const slug = `test-resilience-${randomBytes(3).toString('hex')}`;
    const created = await createProcedure(
      admin.rows[0],
      {
        title: 'Démarche du test de résilience',
        slug,
        summary: 'Une démarche pour le test de résilience.',
        description: 'Créée par npm run test:resilience.',
        audience: 'PARTICULIER',
        opensOn: day(-1),
        closesOn: day(30),
        published: true,
        featured: false,
        featuredOrder: 1,
        processingTime: null,
        processingTimeUnit: null,
      },
      { ip: '127.0.0.1' },
      {
        fields: [{ id: TEST_FIELD, type: 'text', label: 'Objet de la demande', required: true }],
        documents: [{ id: TEST_DOCUMENT, label: 'Pièce jointe', required: false }],
      },
    );
    if (!created.ok) throw new Error(`Démarche de test impossible : ${created.message}`);
    const { db } = await import('../lib/db');
    await db.$disconnect();
    return { slug, applicants };
  } finally {
    await client.end();
  }
}

/** `partial` gets each service as it starts, so that a start that fails half-way still stops them. */
async function startPlatform(dir: string, partial: Partial<Platform>): Promise<Platform> {
  ensureNginx();
  // .ci/run installs it; said before a build, not after.
  if (!clamdBinary()) throw new Error('clamd est absent : installez le paquet Debian clamav-daemon (apt-get install clamav-daemon).');
  if (isBuildStale()) buildApp();
  log('PostgreSQL jetable, S3 (s3rver), puits SMTP, clamd de test…');
  const cluster = await startPostgresCluster();
  partial.cluster = cluster;
  const store = await startS3rver('guichet-resilience');
  partial.store = store;
  const clamd = await startClamd();
  partial.clamd = clamd;
  const [smtpPort, sinkPort, lbPort, portA, portB] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const sink = await spawnChild('Puits SMTP', ['--import', 'tsx', 'e2e/support/smtp-sink-server.ts', String(smtpPort), String(sinkPort)], {}, /SMTP sink/);
  const authSecret = randomBytes(32).toString('base64');
  const { slug, applicants } = await createFixtures(cluster.url, authSecret);

  const base = `http://127.0.0.1:${lbPort}`;
  const s3 = store.config;
  const webEnv: Record<string, string> = {
    DATABASE_URL: cluster.url,
    AUTH_SECRET: authSecret,
    APP_URL: base,
    STORAGE: 's3',
    S3_BUCKET: s3.bucket,
    S3_ENDPOINT: s3.endpoint!,
    S3_REGION: s3.region,
    S3_ACCESS_KEY_ID: s3.accessKeyId,
    S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
    S3_FORCE_PATH_STYLE: 'true',
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    CLAMD_URL: clamd.url,
    DATA_DIR: path.join(dir, 'data'),
    TRUST_PROXY: '1',
    MAX_UPLOAD_MB: '5',
  };
  log('Deux instances web (WORKER=off) et un worker…');
  const startWeb = (name: string, port: number) => startServer({ name, args: ['scripts/web-server.mjs'], port, env: { ...webEnv, WORKER: 'off' } });
  const web: [AppServer, AppServer] = await Promise.all([startWeb('Instance A', portA), startWeb('Instance B', portB)]);
  const worker = await spawnChild(
    'Worker',
    // As `npm run worker`: without the react-server condition, where React Email cannot render.
    ['--import', 'tsx', 'scripts/worker.ts'],
    { ...webEnv, NODE_ENV: 'production', TSX_TSCONFIG_PATH: 'tsconfig.worker.json' },
    /worker démarré/,
  );
  const lb = await startLoadBalancer({ dir: path.join(dir, 'nginx'), port: lbPort, upstreams: [portA, portB] });
  log(`Répartiteur nginx sur ${base} → ${portA}, ${portB}`);
  return {
    cluster,
    store,
    clamd,
    sink: { ...sink, api: `http://127.0.0.1:${sinkPort}` },
    worker,
    web,
    webPorts: [portA, portB],
    webEnv,
    lb,
    base,
    dir,
    slug,
    applicants,
  };
}

async function stopPlatform(platform: Partial<Platform>) {
  await platform.lb?.stop().catch(() => undefined);
  await Promise.all((platform.web ?? []).map((server) => stopServer(server).catch(() => undefined)));
  for (const child of [platform.worker, platform.sink]) {
    if (!child || child.child.exitCode !== null) continue;
    child.child.removeAllListeners('exit');
    child.child.kill('SIGTERM');
  }
  await platform.store?.stop().catch(() => undefined);
  await platform.clamd?.remove().catch(() => undefined);
  platform.cluster?.remove();
}

async function query<T extends pg.QueryResultRow>(platform: Platform, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: platform.cluster.url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

type SubmissionState = { key: string; dossiers: number; status: string | null; submittedEvents: number; emails: number };

async function submissionStates(platform: Platform, keys: string[]): Promise<Map<string, SubmissionState>> {
  const rows = await query<SubmissionState>(
    platform,
    `SELECT d."idempotencyKey" AS key, count(*) OVER (PARTITION BY d."idempotencyKey")::int AS dossiers, d.status::text AS status,
            (SELECT count(*) FROM "DossierEvent" e WHERE e."dossierId" = d.id AND e.type = 'submitted')::int AS "submittedEvents",
            (SELECT count(*) FROM "OutboxEmail" o WHERE o.template = 'dossier-submitted' AND d.number IS NOT NULL AND o.text LIKE '%' || d.number || '%')::int AS emails
       FROM "Dossier" d WHERE d."idempotencyKey" = ANY($1::uuid[])`,
    [keys],
  );
  return new Map(rows.map((row) => [row.key, row]));
}

/** Lost: a key that should be deposited and is not; duplicated: a second dossier, deposit or email. */
async function countLostAndDuplicated(platform: Platform, keys: string[]): Promise<{ lost: number; duplicated: number }> {
  const states = await submissionStates(platform, keys);
  let lost = 0;
  let duplicated = 0;
  for (const key of keys) {
    const state = states.get(key);
    if (state?.status !== 'DEPOSE' || state.submittedEvents === 0 || state.emails === 0) lost++;
    if (state && (state.dossiers > 1 || state.submittedEvents > 1 || state.emails > 1)) duplicated++;
  }
  return { lost, duplicated };
}

type SunkMessage = { messageId: string };

async function sunkMessageIds(platform: Platform): Promise<Map<string, number>> {
  const messages = (await (await fetch(`${platform.sink.api}/messages`, { signal: AbortSignal.timeout(10_000) })).json()) as SunkMessage[];
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message.messageId, (counts.get(message.messageId) ?? 0) + 1);
  return counts;
}

/** `shells`: error pages only the browser words (browser-check.ts), clear once a browser showed the French page. */
type Tally = { result: ScenarioResult; samples: string[]; statuses: Map<number, number>; shells: number; shellsShowFrench: boolean };

function tally(title: string): Tally {
  return {
    result: { title, operations: 0, lost: 0, duplicated: 0, userErrors: emptyErrors(), problems: [] },
    samples: [],
    statuses: new Map(),
    shells: 0,
    shellsShowFrench: false,
  };
}

function see(t: Tally, outcome: Outcome): Outcome {
  if (!outcome.ok) t.statuses.set(outcome.status, (t.statuses.get(outcome.status) ?? 0) + 1);
  if (!outcome.ok && outcome.shell) t.shells++;
  else if (!outcome.ok) {
    t.result.userErrors[outcome.verdict]++;
    // One sample of each kind of answer (the digest aside), and every unclear one.
    const sample = `${outcome.verdict} : ${outcome.detail}`;
    const kind = sample.replace(/"digest":"\d+"/, '').slice(0, 60);
    if (outcome.verdict !== 'clear' || !t.samples.some((seen) => seen.replace(/"digest":"\d+"/, '').startsWith(kind))) t.samples.push(sample);
  }
  return outcome;
}

async function submitWithRetries(platform: Platform, t: Tally, cookies: Cookies, key: string, tries: number, pauseMs = 1_000): Promise<boolean> {
  for (let attempt = 0; attempt < tries; attempt++) {
    if (attempt > 0) await sleep(pauseMs);
    if (see(t, await submit(platform.base, cookies, platform.slug, key)).ok) return true;
  }
  return false;
}

async function signInAll(platform: Platform, emails: string[]): Promise<Cookies[]> {
  const sessions: Cookies[] = [];
  for (const email of emails) sessions.push(await signIn(platform.base, { email, password: PASSWORD }));
  return sessions;
}

/** 1. 100 concurrent submissions; instance A killed (SIGKILL) mid-run; failures retried with their key. */
async function killInstanceScenario(platform: Platform, sessions: Cookies[]): Promise<ScenarioResult> {
  const t = tally(`${SUBMISSIONS} dépôts simultanés, une instance tuée (SIGKILL)`);
  const keys = Array.from({ length: SUBMISSIONS }, () => randomUUID());
  t.result.operations = keys.length;
  let completed = 0;
  const firstAnswers = keys.map((key, index) =>
    submit(platform.base, sessions[index % sessions.length], platform.slug, key).then((outcome) => {
      completed++;
      return see(t, outcome);
    }),
  );
  // Mid-run: once a tenth has been answered (or after 15 s), while the others are in flight.
  await waitFor(async () => completed >= SUBMISSIONS / 10, 15_000, 50);
  platform.web[0].child.kill('SIGKILL');
  const killedAt = Date.now();
  log(`Instance A tuée après ${completed} réponses sur ${SUBMISSIONS}.`);
  const recovered = waitFor(async () => (await openPage(platform.base, sessions[0], '/mon-compte/dossiers')).ok, 30_000, 100).then((ok) =>
    ok ? Date.now() - killedAt : null,
  );
  const answers = await Promise.all(firstAnswers);
  t.result.recoveryMs = await recovered;
  const failed = keys.filter((_, index) => !answers[index].ok);
  log(`${SUBMISSIONS - failed.length} dépôts réussis du premier coup, ${failed.length} à réessayer avec leur clé.`);
  if (failed.length === 0) t.result.problems.push('l’arrêt de l’instance n’a interrompu aucun dépôt : le scénario ne prouve rien');
  // Restarted as a supervisor would, while the failed ones are retried (through the other one).
  const restart = startServer({ name: 'Instance A', args: ['scripts/web-server.mjs'], port: platform.webPorts[0], env: { ...platform.webEnv, WORKER: 'off' } });
  let neverSucceeded = 0;
  await inParallel(failed, 10, async (key) => {
    if (!(await submitWithRetries(platform, t, sessions[keys.indexOf(key) % sessions.length], key, 5))) neverSucceeded++;
  });
  platform.web[0] = await restart;
  const { lost, duplicated } = await countLostAndDuplicated(platform, keys);
  t.result.lost = Math.max(lost, neverSucceeded);
  t.result.duplicated = duplicated;
  return finish(t);
}

/** 2. The SMTP relay down while people deposit: every email delivered exactly once after it returns. */
async function smtpOutageScenario(platform: Platform, sessions: Cookies[]): Promise<ScenarioResult> {
  const t = tally('Relais SMTP arrêté pendant des dépôts');
  // The previous scenario's emails first, so that this one's delivery is measured alone.
  if (!(await waitFor(async () => (await query(platform, `SELECT 1 FROM "OutboxEmail" WHERE status = 'PENDING' LIMIT 1`)).length === 0, 90_000, 500))) {
    t.result.problems.push('courriels du scénario précédent encore en attente après 90 s');
  }
  const earlier = new Set((await query<{ id: string }>(platform, `SELECT id FROM "OutboxEmail"`)).map((row) => row.id));
  const rows = async () =>
    (await query<{ id: string; status: string; attempts: number }>(platform, `SELECT id, status::text AS status, attempts FROM "OutboxEmail"`)).filter(
      (row) => !earlier.has(row.id),
    );
  await fetch(`${platform.sink.api}/smtp/stop`, { method: 'POST' });
  const stoppedAt = Date.now();
  log('Relais SMTP arrêté.');
  const keys = Array.from({ length: 20 }, () => randomUUID());
  t.result.operations = keys.length;
  await inParallel(keys, 5, async (key, index) => {
    if (!(await submitWithRetries(platform, t, sessions[index % sessions.length], key, 3))) t.result.lost++;
  });
  // Down long enough for the worker to fail on each of them at least once.
  await waitFor(async () => (await rows()).every((email) => email.attempts > 0), 30_000, 500);
  const failedTries = (await rows()).reduce((sum, email) => sum + email.attempts, 0);
  await fetch(`${platform.sink.api}/smtp/start`, { method: 'POST' });
  const backAt = Date.now();
  log(`Relais SMTP rétabli après ${((backAt - stoppedAt) / 1000).toFixed(0)} s (${failedTries} essais d’envoi en échec).`);
  if (failedTries === 0) t.result.problems.push('le worker n’a rien tenté pendant la panne : le scénario ne prouve rien');

  const delivered = await waitFor(
    async () => {
      const [emails, sunk] = await Promise.all([rows(), sunkMessageIds(platform)]);
      return emails.length > 0 && emails.every((email) => email.status === 'SENT' && sunk.has(`<${email.id}@guichet>`));
    },
    150_000,
    500,
  );
  t.result.recoveryMs = delivered ? Date.now() - backAt : null;
  const [emails, sunk] = await Promise.all([rows(), sunkMessageIds(platform)]);
  const missing = emails.filter((email) => !sunk.has(`<${email.id}@guichet>`)).length;
  const twice = [...sunk.values()].filter((count) => count > 1).length;
  const sentButMissing = (await query<{ id: string }>(platform, `SELECT id FROM "OutboxEmail" WHERE status = 'SENT'`)).filter(
    (email) => !sunk.has(`<${email.id}@guichet>`),
  ).length;
  if (sentButMissing) t.result.problems.push(`${sentButMissing} courriel(s) marqué(s) envoyé(s) absent(s) du relais`);
  const states = await countLostAndDuplicated(platform, keys);
  t.result.lost += Math.max(missing, states.lost);
  t.result.duplicated = twice + states.duplicated;
  return finish(t);
}

/** 3. PostgreSQL stopped then started under load: clear French errors meanwhile, recovery without help. */
async function databaseRestartScenario(platform: Platform, sessions: Cookies[]): Promise<ScenarioResult> {
  const t = tally('PostgreSQL redémarré sous charge');
  return withBrowser((browser) => databaseRestart(platform, sessions, t, browser));
}

async function withBrowser<T>(use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launchBrowser();
  try {
    return await use(browser);
  } finally {
    await browser.close();
  }
}

async function databaseRestart(platform: Platform, sessions: Cookies[], t: Tally, browser: Browser): Promise<ScenarioResult> {
  const keys: string[] = [];
  let running = true;
  let backAt = 0;
  let firstOkAfter = 0;
  const pages = ['/mon-compte/dossiers', `/demarches/${platform.slug}`, '/mon-compte'];
  const readers = sessions.slice(0, 6).map(async (cookies, index) => {
    for (let round = 0; running && round < 10_000; round++) {
      const outcome = see(t, await openPage(platform.base, cookies, pages[(index + round) % pages.length]));
      t.result.operations++;
      if (outcome.ok && backAt && !firstOkAfter) firstOkAfter = Date.now();
      await sleep(outcome.ok ? 50 : 250);
    }
  });
  const depositors = sessions.slice(6, 8).map(async (cookies) => {
    while (running) {
      const key = randomUUID();
      keys.push(key);
      t.result.operations++;
      for (let attempt = 0; running && attempt < 200; attempt++) {
        if (see(t, await submit(platform.base, cookies, platform.slug, key)).ok) break;
        await sleep(500);
      }
    }
  });
  await sleep(3_000);
  platform.cluster.stop();
  const stoppedAt = Date.now();
  log('PostgreSQL arrêté.');
  t.shellsShowFrench = true;
  for (const [url, cookies] of [
    [`${platform.base}/demarches/${platform.slug}`, new Map()],
    [`${platform.base}/mon-compte/dossiers`, sessions[0]],
  ] as const) {
    const { status, text } = await renderedPage(browser, url, cookies);
    // A public page is rendered once and served from the cache (docs/decisions/025): it stays
    // available without the database, which is better than any error page.
    if (url.includes('/demarches/') && status === 200) {
      log(`Navigateur pendant la panne : ${url} → 200, servie depuis le cache des pages publiques`);
      continue;
    }
    const verdict = judgeErrorAnswer(text);
    log(`Navigateur pendant la panne : ${url} → ${status}, « ${text.replace(/\s+/g, ' ').slice(0, 120)}… » (${verdict})`);
    if (status < 500 || verdict !== 'clear') {
      t.shellsShowFrench = false;
      t.result.problems.push(`pendant la panne, ${url} montre au navigateur : ${status} « ${text.replace(/\s+/g, ' ').slice(0, 80)} »`);
    }
  }
  await sleep(Math.max(0, 6_000 - (Date.now() - stoppedAt)));
  platform.cluster.start();
  backAt = Date.now();
  log('PostgreSQL redémarré.');
  await waitFor(async () => firstOkAfter > 0, 60_000, 100);
  await sleep(3_000);
  running = false;
  await Promise.all([...readers, ...depositors]);
  t.result.recoveryMs = firstOkAfter ? firstOkAfter - backAt : null;
  for (const server of [...platform.web]) if (!isRunning(server)) t.result.problems.push(`${server.name} s’est arrêtée pendant la panne`);
  if (platform.worker.child.exitCode !== null) t.result.problems.push('le worker s’est arrêté pendant la panne');
  // Each deposit attempted meanwhile is there once (the last one may have been cut by the stop of the load).
  const settled = await submissionStates(platform, keys);
  for (const key of keys) {
    const state = settled.get(key);
    if (state && (state.dossiers > 1 || state.submittedEvents > 1)) t.result.duplicated++;
  }
  const unfinished = keys.filter((key) => settled.get(key)?.status !== 'DEPOSE');
  for (const key of unfinished) {
    if (!(await submitWithRetries(platform, t, sessions[6], key, 5))) t.result.lost++;
  }
  const after = await countLostAndDuplicated(platform, keys);
  t.result.lost = Math.max(t.result.lost, after.lost);
  t.result.duplicated = Math.max(t.result.duplicated, after.duplicated);
  return finish(t);
}

/** A one-page PDF; `label` makes its bytes (so its SHA-256) its own. */
async function tinyPdf(label = ''): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.addPage().drawText(`Justificatif du test de resilience ${label}`.trim());
  return document.save();
}

/** One draft a person, each with its idempotency key (the key its deposit will carry). */
async function startDrafts(platform: Platform, people: Cookies[]): Promise<{ keys: string[]; drafts: string[] }> {
  const keys = people.map(() => randomUUID());
  const drafts: string[] = [];
  for (const [index, cookies] of people.entries()) {
    const started = await startDraft(platform.base, cookies, platform.slug, keys[index]);
    if (!started.ok || !started.dossierId) throw new Error(`Brouillon impossible : ${JSON.stringify(started)}`);
    drafts.push(started.dossierId);
  }
  return { keys, drafts };
}

/** 4. The object store unreachable during uploads: a clear error, no dossier pointing to a missing file, the retry works. */
async function objectStoreScenario(platform: Platform, sessions: Cookies[]): Promise<ScenarioResult> {
  const t = tally('Stockage S3 indisponible pendant des envois');
  const pdf = await tinyPdf();
  const people = sessions.slice(0, 8);
  const { keys, drafts } = await startDrafts(platform, people);
  t.result.operations = people.length;
  let down = false;
  let downSeen = 0;
  const depositedWhileDown = new Set<number>();
  const attempts = people.map(async (cookies, index) => {
    // Each person uploads and deposits; while the store is down, each meets the outage, and
    // tries once to deposit without the file (the receipt cannot be stored either).
    for (let round = 0; round < 40; round++) {
      const wasDown = down;
      if (wasDown && !depositedWhileDown.has(index)) {
        depositedWhileDown.add(index);
        if (see(t, await deposit(platform.base, cookies, drafts[index])).ok) return true;
        downSeen++;
        continue;
      }
      const uploaded = see(t, await uploadAndAttach(platform.base, cookies, drafts[index], pdf));
      if (!uploaded.ok) {
        if (wasDown) downSeen++;
        await sleep(500);
        continue;
      }
      const deposited = see(t, await deposit(platform.base, cookies, drafts[index]));
      if (deposited.ok) return true;
      await sleep(500);
    }
    return false;
  });
  await sleep(300);
  await platform.store.interrupt();
  down = true;
  log('Stockage S3 coupé.');
  await sleep(5_000);
  await platform.store.restore();
  down = false;
  const backAt = Date.now();
  log('Stockage S3 rétabli.');
  let firstUploadAfter = 0;
  // An upload alone: attaching it to drafts[0] would fail for good once its owner has deposited.
  const probe = waitFor(
    async () => {
      const ok = (await uploadFile(platform.base, people[0], pdf)).ok;
      if (ok) firstUploadAfter = Date.now();
      return ok;
    },
    30_000,
    200,
  );
  const results = await Promise.all(attempts);
  t.result.recoveryMs = (await probe) ? firstUploadAfter - backAt : null;
  if (downSeen === 0) t.result.problems.push('aucun envoi n’a rencontré la panne : le scénario ne prouve rien');
  t.result.lost = results.filter((ok) => !ok).length;

  const files = await query<{ key: string }>(
    platform,
    `SELECT f.key FROM "StoredFile" f WHERE f.id IN (
       SELECT a."fileId" FROM "Attachment" a WHERE a."dossierId" = ANY($1::uuid[])
       UNION SELECT d."receiptFileId" FROM "Dossier" d WHERE d.id = ANY($1::uuid[]) AND d."receiptFileId" IS NOT NULL)`,
    [drafts],
  );
  const { createStorage } = await import('../lib/storage/create-storage');
  const storage = createStorage({ driver: 's3', ...platform.store.config });
  let missing = 0;
  for (const file of files) if (!(await storage.head(file.key))) missing++;
  if (missing) t.result.problems.push(`${missing} fichier(s) désigné(s) par un dossier absent(s) du stockage`);
  const states = await countLostAndDuplicated(platform, keys);
  t.result.lost = Math.max(t.result.lost, states.lost);
  t.result.duplicated = states.duplicated;
  return finish(t);
}

/** 5. Shared throttling and « Se déconnecter partout » across both instances. */
async function sharedSecurityScenario(platform: Platform, emails: { loggedOut: string; throttled: string }): Promise<ScenarioResult> {
  const t = tally('Limitation et déconnexion partagées');
  const direct = platform.webPorts.map((port) => `http://127.0.0.1:${port}`);
  const signedInOn = async (cookies: Cookies) =>
    Promise.all(
      direct.map(async (base) => {
        const response = await fetch(`${base}/mon-compte`, {
          redirect: 'manual',
          headers: { Cookie: cookieHeader(cookies) },
          signal: AbortSignal.timeout(30_000),
        });
        await response.arrayBuffer();
        return response.status === 200;
      }),
    );

  const cookies = await signIn(platform.base, { email: emails.loggedOut, password: PASSWORD });
  const copy: Cookies = new Map(cookies);
  t.result.operations++;
  if (!(await signedInOn(copy)).every(Boolean)) t.result.problems.push('la session n’est pas reconnue par les deux instances');
  const logout = await postAction(platform.base, LOGOUT_EVERYWHERE, {}, cookies);
  if (logout.response.status >= 400) t.result.problems.push(`« Se déconnecter partout » a échoué (${logout.response.status})`);
  const stillIn = (await signedInOn(copy)).filter(Boolean).length;
  if (stillIn) t.result.problems.push(`la session révoquée est encore acceptée par ${stillIn} instance(s)`);

  const served = new Set<string>();
  for (let attempt = 1; attempt <= 5; attempt++) {
    const { response } = await postAction(platform.base, LOGIN_ACTION, { email: emails.throttled, password: `Mauvais-${attempt}-Mot!` }, new Map());
    served.add(response.headers.get('x-guichet-instance') ?? '?');
    t.result.operations++;
  }
  if (served.size < 2) t.result.problems.push(`les 5 échecs n’ont touché qu’une instance (${[...served].join(', ')})`);
  for (const base of [platform.base, ...direct]) {
    const { response, text } = await postAction(base, LOGIN_ACTION, { email: emails.throttled, password: PASSWORD }, new Map());
    t.result.operations++;
    // A throttled action answers 429 with Retry-After, its body still carries the French message (decision 032).
    const refused =
      response.status === 429 && response.headers.has('retry-after') && text.includes('Trop de tentatives de connexion') && !actionRedirect(response);
    if (!refused) t.result.problems.push(`la tentative suivante n’est pas bloquée sur ${base} (${response.status})`);
  }
  return finish(t);
}

type ScannedFile = { id: string; owner: number; infected: boolean; sha256: string };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** 6. clamd stopped during uploads: files accepted but served to nobody, then judged by the worker once it is back. */
async function antivirusScenario(platform: Platform, sessions: Cookies[]): Promise<ScenarioResult> {
  const t = tally('Antivirus arrêté pendant des envois');
  try {
    return await withBrowser((browser) => antivirusOutage(platform, sessions, t, browser));
  } finally {
    // Whatever happened, clamd answers again afterwards (start() does nothing when it runs).
    await platform.clamd.start().catch(() => undefined);
  }
}

async function antivirusOutage(platform: Platform, sessions: Cookies[], t: Tally, browser: Browser): Promise<ScenarioResult> {
  const problems = t.result.problems;
  const eicarServed = (id: string, when: string) => problems.push(`fichier EICAR ${id} servi (200) ${when} : un virus a été téléchargé`);

  const first = sessions[0];
  const clean = await tinyPdf('avant la panne');
  const accepted = see(t, await uploadFile(platform.base, first, clean));
  t.result.operations++;
  if (!accepted.ok || !accepted.fileId) problems.push('un fichier sain est refusé alors que clamd répond');
  else {
    const served = await downloadFile(platform.base, first, accepted.fileId);
    t.result.operations++;
    see(t, served.outcome);
    if (served.status !== 200 || served.sha256 !== sha256(clean))
      problems.push(`le fichier sain envoyé avec clamd en marche n’est pas servi tel quel (${served.status})`);
  }
  // The test signature matches the EICAR string anywhere: the suffix makes each such PDF unique.
  const eicar = await eicarPdf(`${EICAR} avant la panne`);
  const refused = see(t, await uploadFile(platform.base, first, eicar));
  t.result.operations++;
  if (refused.ok) {
    problems.push('fichier EICAR accepté (201) alors que clamd répond');
    if (refused.fileId && (await downloadFile(platform.base, first, refused.fileId)).status === 200) eicarServed(refused.fileId, 'avec clamd en marche');
  } else if (refused.status !== 422) problems.push(`fichier EICAR refusé avec ${refused.status} au lieu de 422`);
  if ((await query(platform, `SELECT 1 FROM "StoredFile" WHERE sha256 = $1`, [sha256(eicar)])).length)
    problems.push('le fichier EICAR refusé a pourtant été enregistré');

  const people = sessions.slice(0, 8);
  const { keys, drafts } = await startDrafts(platform, people);

  await platform.clamd.stop();
  const stoppedAt = Date.now();
  log('clamd arrêté.');
  // The worker's failed scans of the pending files (lib/jobs/scan-pending-files.ts logs each).
  let workerTries = 0;
  const countTries = (chunk: Buffer) => {
    workerTries += chunk.toString('utf8').match(/clamd indisponible/g)?.length ?? 0;
  };
  const workerOutput = [platform.worker.child.stdout!, platform.worker.child.stderr!];
  for (const stream of workerOutput) stream.on('data', countTries);

  // Everyone uploads two PDFs: even people attach a clean one and keep an EICAR one unattached,
  // odd people the reverse; then they deposit. Every upload is accepted (201), left pending.
  const files: ScannedFile[] = [];
  const lostFiles = new Set<string>();
  await inParallel(people, people.length, async (cookies, index) => {
    for (const [infected, attached] of [
      [index % 2 === 1, true],
      [index % 2 === 0, false],
    ] as const) {
      const label = `${index + 1} ${attached ? 'joint' : 'libre'}`;
      const bytes = infected ? await eicarPdf(`${EICAR} ${label}`) : await tinyPdf(label);
      const uploaded = see(t, await uploadFile(platform.base, cookies, bytes));
      t.result.operations++;
      if (!uploaded.ok || !uploaded.fileId) {
        problems.push(`envoi ${uploaded.ok ? 'sans identifiant' : `refusé (${uploaded.status})`} pendant la panne de clamd, au lieu d’être gardé en attente`);
        if (!infected) lostFiles.add(`envoi ${label}`);
        continue;
      }
      files.push({ id: uploaded.fileId, owner: index, infected, sha256: sha256(bytes) });
      if (attached && !see(t, await attachFile(platform.base, cookies, drafts[index], uploaded.fileId)).ok)
        problems.push('un fichier en attente d’analyse ne peut pas être joint au brouillon');
    }
    t.result.operations++;
    if (!see(t, await deposit(platform.base, cookies, drafts[index])).ok) problems.push('dépôt impossible pendant la panne de clamd');
  });
  const statuses = async () =>
    new Map(
      (
        await query<{ id: string; status: string }>(platform, `SELECT id::text, "scanStatus"::text AS status FROM "StoredFile" WHERE id = ANY($1::uuid[])`, [
          files.map((file) => file.id),
        ])
      ).map((row) => [row.id, row.status]),
    );
  const checkPending = async (when: string) => {
    const notPending = [...(await statuses()).values()].filter((status) => status !== 'PENDING');
    if (notPending.length) problems.push(`${when}, ${notPending.length} fichier(s) ne sont pas en attente (${[...new Set(notPending)].join(', ')})`);
  };
  await checkPending('pendant la panne');

  const downloadRound = async (when: string) => {
    for (const file of files) {
      const got = await downloadFile(platform.base, people[file.owner], file.id);
      t.result.operations++;
      see(t, got.outcome);
      if (got.status === 200 && file.infected) eicarServed(file.id, when);
      else if (got.status === 200) problems.push(`fichier ${file.id} servi (200) ${when}, avant d’avoir été analysé`);
      else if (got.status !== 409) problems.push(`téléchargement ${when} : ${got.status} au lieu de 409`);
    }
  };
  await downloadRound('pendant la panne');

  const justificatifs = (owner: number) => `${platform.base}/mon-compte/dossiers/${drafts[owner]}/justificatifs`;
  const excerpt = (text: string) => text.replace(/\s+/g, ' ').slice(0, 100);
  for (const owner of [0, 1]) {
    const { status, text } = await renderedPage(browser, justificatifs(owner), people[owner]);
    t.result.operations++;
    const shown = text.includes('Analyse antivirus en cours');
    log(`Navigateur pendant la panne : justificatifs de l’usager ${owner + 1} → ${status}, « Analyse antivirus en cours » ${shown ? 'affiché' : 'ABSENT'}`);
    if (status !== 200 || !shown)
      problems.push(`pendant la panne, ${justificatifs(owner)} ne montre pas « Analyse antivirus en cours » : ${status} « ${excerpt(text)} »`);
  }

  // The worker meets the outage too (every 10 s): its failed try must not clear anything.
  if (!(await waitFor(async () => workerTries > 0, 25_000, 250))) problems.push('le worker n’a rien tenté pendant la panne : le scénario ne prouve rien');
  await checkPending('après un essai du worker');
  await downloadRound('pendant la panne, après un essai du worker');
  for (const stream of workerOutput) stream.off('data', countTries);

  await platform.clamd.start();
  const backAt = Date.now();
  log(`clamd relancé après ${((backAt - stoppedAt) / 1000).toFixed(0)} s (${workerTries} essai(s) du worker en échec, ${files.length} fichiers en attente).`);

  const servedAt = new Map<string, number>();
  const settled = new Set<string>();
  const deadline = backAt + 60_000;
  for (let round = 0; settled.size < files.length && Date.now() < deadline && round < 1_000; round++) {
    for (const file of files.filter((candidate) => !settled.has(candidate.id))) {
      const got = await downloadFile(platform.base, people[file.owner], file.id);
      if (got.status === 200 && file.infected) {
        eicarServed(file.id, 'après le retour de clamd');
        settled.add(file.id);
      } else if (got.status === 200) {
        servedAt.set(file.id, Date.now());
        settled.add(file.id);
        if (got.sha256 !== file.sha256) problems.push(`fichier ${file.id} servi avec un contenu différent de celui envoyé`);
      } else if (got.status === 403) {
        settled.add(file.id);
        if (!file.infected) problems.push(`fichier sain ${file.id} bloqué comme infecté`);
      } else if (got.status !== 409) problems.push(`téléchargement après le retour de clamd : ${got.status} (fichier ${file.infected ? 'EICAR' : 'sain'})`);
    }
    if (settled.size < files.length) await sleep(250);
  }
  t.result.recoveryMs = servedAt.size ? Math.min(...servedAt.values()) - backAt : null;
  for (const file of files) if (!file.infected && !servedAt.has(file.id)) lostFiles.add(file.id);
  const unsettled = files.filter((file) => file.infected && !settled.has(file.id)).length;
  if (unsettled) problems.push(`${unsettled} fichier(s) EICAR ni bloqué(s) (403) ni servi(s) 60 s après le retour de clamd`);
  // What the worker said explains a scan that did not conclude.
  if (settled.size < files.length) log(`Dernières lignes du worker :\n${platform.worker.output.slice(-30).join('\n')}`);
  log(
    `Après le retour de clamd : premier fichier sain téléchargeable en ${t.result.recoveryMs === null ? '—' : `${(t.result.recoveryMs / 1000).toFixed(1)} s`}, ${settled.size}/${files.length} fichiers jugés en ${((Date.now() - backAt) / 1000).toFixed(1)} s.`,
  );

  const finalRound = async (when: string) => {
    for (const file of files) {
      const got = await downloadFile(platform.base, people[file.owner], file.id);
      t.result.operations++;
      see(t, got.outcome);
      if (file.infected && got.status === 200) eicarServed(file.id, when);
      else if (file.infected && got.status !== 403) problems.push(`fichier EICAR ${when} : ${got.status} au lieu de 403`);
      else if (!file.infected && (got.status !== 200 || got.sha256 !== file.sha256))
        problems.push(`fichier sain ${when} : ${got.status}${got.status === 200 ? ', contenu différent' : ''}`);
    }
  };
  await finalRound('après le retour de clamd');
  for (const [owner, expected, gone] of [
    [0, null, 'Analyse antivirus en cours'],
    [1, 'Bloqué\u00a0: virus détecté', 'Analyse antivirus en cours'],
  ] as const) {
    const { status, text } = await renderedPage(browser, justificatifs(owner), people[owner]);
    t.result.operations++;
    log(
      `Navigateur après le retour de clamd : justificatifs de l’usager ${owner + 1} → ${status}, « ${expected ?? 'Analyse antivirus en cours'} » ${text.includes(expected ?? gone) ? 'affiché' : 'absent'}`,
    );
    if (status !== 200 || (expected && !text.includes(expected)) || text.includes(gone)) {
      problems.push(`après le retour de clamd, ${justificatifs(owner)} montre : ${status} « ${excerpt(text)} »`);
    }
  }
  await finalRound('un peu plus tard');

  const final = await statuses();
  const wrongVerdicts = new Map<string, number>();
  for (const file of files) {
    const status = final.get(file.id);
    if (!status) lostFiles.add(file.id);
    else if (status !== (file.infected ? 'INFECTED' : 'CLEAN')) {
      const kind = `fichier(s) ${file.infected ? 'EICAR' : 'sain(s)'} enregistré(s) ${status}`;
      wrongVerdicts.set(kind, (wrongVerdicts.get(kind) ?? 0) + 1);
    }
  }
  for (const [kind, count] of wrongVerdicts) problems.push(`à la fin, ${count} ${kind}`);
  const copies = await query<{ extra: number }>(
    platform,
    `SELECT (count(*) - 1)::int AS extra FROM "StoredFile" WHERE sha256 = ANY($1::text[]) GROUP BY sha256 HAVING count(*) > 1
     UNION ALL SELECT (count(*) - 1)::int FROM "Attachment" WHERE "dossierId" = ANY($2::uuid[]) GROUP BY "dossierId" HAVING count(*) > 1`,
    [files.map((file) => file.sha256), drafts],
  );
  const states = await countLostAndDuplicated(platform, keys);
  t.result.lost = lostFiles.size + states.lost;
  t.result.duplicated = copies.reduce((sum, row) => sum + row.extra, 0) + states.duplicated;
  t.result.problems = [...new Set(problems)];
  return finish(t);
}

function finish(t: Tally): ScenarioResult {
  const { result } = t;
  result.userErrors[t.shellsShowFrench ? 'clear' : 'unclear'] += t.shells;
  if (t.shells && !t.shellsShowFrench) result.problems.push(`${t.shells} page(s) d’erreur que le navigateur n’a pas montrées en français`);
  log(`${result.title} : ${scenarioPassed(result) ? 'OK' : 'ÉCHEC'}${result.problems.length ? ` — ${result.problems.join(' ; ')}` : ''}`);
  if (t.statuses.size) log(`  erreurs vues par statut (0 : connexion coupée) : ${[...t.statuses].map(([status, count]) => `${status} × ${count}`).join(', ')}`);
  for (const sample of t.samples.slice(0, 8)) log(`  réponse d’erreur vue : ${sample}`);
  return result;
}

async function main() {
  const started = Date.now();
  const dir = mkdtempSync(path.join(os.tmpdir(), 'guichet-resilience-'));
  let platform: Partial<Platform> = {};
  const cleanup = async () => {
    await stopPlatform(platform);
    rmSync(dir, { recursive: true, force: true });
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanup().finally(() => process.exit(130)));

  const results: ScenarioResult[] = [];
  let crashed: Error | null = null;
  try {
    platform = await bounded('Démarrage de la plateforme', 8 * 60_000, () => startPlatform(dir, platform));
    const ready = platform as Platform;
    const setupDone = Date.now();
    const sessions = await signInAll(ready, ready.applicants.slice(0, APPLICANTS));
    const scenarios: [string, number, () => Promise<ScenarioResult>][] = [
      ['instance tuée', 150_000, () => killInstanceScenario(ready, sessions)],
      ['relais SMTP', 240_000, () => smtpOutageScenario(ready, sessions)],
      ['PostgreSQL', 120_000, () => databaseRestartScenario(ready, sessions)],
      ['stockage S3', 90_000, () => objectStoreScenario(ready, sessions)],
      [
        'limitation et déconnexion',
        60_000,
        () => sharedSecurityScenario(ready, { loggedOut: ready.applicants[APPLICANTS], throttled: ready.applicants[APPLICANTS + 1] }),
      ],
      ['antivirus', 180_000, () => antivirusScenario(ready, sessions)],
    ];
    for (const [label, bound, run] of scenarios) {
      if (Date.now() - setupDone > TOTAL_BOUND_MS) throw new Error(`durée totale dépassée avant le scénario « ${label} »`);
      log(`Scénario : ${label}…`);
      try {
        results.push(await bounded(label, bound, run));
      } catch (error) {
        results.push({
          title: label,
          operations: 0,
          lost: 0,
          duplicated: 0,
          userErrors: emptyErrors(),
          recoveryMs: null,
          problems: [(error as Error).message],
        });
        log(`${label} : ${(error as Error).message}`);
      }
    }
  } catch (error) {
    crashed = error as Error;
  } finally {
    await cleanup();
  }

  console.log('\nTest de résilience — résultats\n');
  if (results.length) console.log(formatTable(results));
  for (const result of results) for (const problem of result.problems) console.log(`- ${result.title} : ${problem}`);
  if (crashed) console.error(`\nLe test de résilience n’a pas pu aller au bout : ${crashed.stack ?? crashed.message}`);
  const ok = !crashed && results.length === 6 && results.every(scenarioPassed);
  console.log(`\n${ok ? 'Résilience : tout est tenu' : 'Résilience : ÉCHEC'} (${Math.round((Date.now() - started) / 1000)} s)`);
  process.exit(ok ? 0 : 1);
}

void main();
