import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import autocannon from 'autocannon';
import { Secret, TOTP } from 'otpauth';
import { PDFDocument, PDFName } from 'pdf-lib';
import pg from 'pg';
import { formatBytes, intFlag, parseFlags, parseQueryLine, parseVmRss, percentile, rssSummary, type LoggedQuery } from './bench/args';
import { applyMigrations } from '../lib/db/migrations';
import { fixturesFile, type BenchFixtures } from './bench/fixtures';
import { measureOutbox, type OutboxResult } from './bench/outbox';
import { isRunning, startServer, stopServer, type AppServer } from './support/app-server';
import { topFrames } from './bench/cpu-profile';
import { buildApp, isBuildStale } from './support/build';
import {
  actionBody,
  actionHeaders,
  cookieHeader,
  LOGIN_ACTION as LOGIN,
  signIn as signInOverHttp,
  type Cookies,
  type ServerAction,
} from './support/http-session';

// npm run bench -- [--duration 20] [--smoke] [--only accueil,connexion] [--output docs/benchmarks.md] [--queries-only]
//                   [--small-database postgresql://…/guichet_bench_small] [--cpu-prof]
// See docs/decisions/015-benchmark.md.

const flags = parseFlags(process.argv.slice(2));
const SMOKE = flags.smoke === true;
const DURATION = SMOKE ? 3 : intFlag(flags, 'duration', 20);
const WARMUP = SMOKE ? 1 : Math.max(2, Math.min(5, Math.round(DURATION / 4)));
const OUTPUT = path.resolve(typeof flags.output === 'string' ? flags.output : 'docs/benchmarks.md');
/** Only count the queries of each page (written to .bench/queries/), no load, no report. */
const QUERIES_ONLY = flags['queries-only'] === true;
const ONLY = typeof flags.only === 'string' ? new Set(flags.only.split(',')) : null;
const APP_PORT = intFlag(flags, 'port', 3900);
const BASELINE_PORT = APP_PORT + 1;
const BASELINE_DIR = 'bench/baseline';
const OUTBOX_EMAILS = SMOKE ? 200 : 10_000;
/** A second database filled with fewer dossiers (e.g. 2 000): the queue's p95 is compared on both. */
const SMALL_DATABASE_URL = typeof flags['small-database'] === 'string' ? flags['small-database'] : undefined;
/** Profiles the server under load (node --cpu-prof) and reports its top frames. */
const CPU_PROF = flags['cpu-prof'] === true;
const PROFILE_DIR = path.resolve('.bench/profiles', new Date().toISOString().replace(/[:.]/g, '-'));

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL est obligatoire (la base remplie par npm run bench:data).');
  process.exit(2);
}
const FIXTURES_FILE = fixturesFile(databaseUrl);
if (!existsSync(FIXTURES_FILE)) {
  console.error(`${FIXTURES_FILE} introuvable : lancez d’abord npm run bench:data sur cette base.`);
  process.exit(2);
}
const fixtures = JSON.parse(readFileSync(FIXTURES_FILE, 'utf8')) as BenchFixtures;

/** `queryLog`: how many SQL queries the server logged, and the last ones (BENCH_LOG_QUERIES=1). */
type Server = AppServer & { queryLog: { count: number; recent: string[] } };

function childrenOf(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended meanwhile.
    }
  }
  return children;
}

/** RSS of `pid` and all its descendants (next start may fork), in bytes. */
function treeRss(pid: number): number {
  const children = childrenOf();
  let total = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    try {
      total += parseVmRss(readFileSync(`/proc/${current}/status`, 'utf8'));
    } catch {
      continue;
    }
    stack.push(...(children.get(current) ?? []));
  }
  return total;
}

/** CPU time (user + system) of `pid` and its descendants so far, in ms (clock ticks of 10 ms). */
function treeCpuMs(pid: number): number {
  const children = childrenOf();
  let ticks = 0;
  const stack = [pid];
  while (stack.length) {
    const current = stack.pop()!;
    try {
      const stat = readFileSync(`/proc/${current}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      continue;
    }
    stack.push(...(children.get(current) ?? []));
  }
  return ticks * 10;
}

function sampleRss(pid: number, everyMs = 100) {
  const baseline = treeRss(pid);
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(treeRss(pid)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(treeRss(pid));
      return rssSummary(baseline, samples);
    },
  };
}

async function startBenchServer(name: string, args: string[], port: number, extraEnv: Record<string, string> = {}): Promise<Server> {
  const queryLog = { count: 0, recent: [] as string[] };
  const server = await startServer({
    name,
    args,
    port,
    env: {
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: fixtures.authSecret,
      APP_URL: `http://127.0.0.1:${port}`,
      WORKER: 'off',
      // Room for the 50 MB upload scenario (the default limit is 20 MB).
      MAX_UPLOAD_MB: '60',
      DATA_DIR: path.resolve('.bench/data'),
      ...extraEnv,
    },
    onLine: (line) => {
      if (!line.startsWith('[bench:query]')) return false;
      queryLog.count++;
      queryLog.recent.push(line);
      if (queryLog.recent.length > 1000) queryLog.recent.shift();
      return true;
    },
  });
  return { ...server, queryLog };
}

const startApp = (extraEnv: Record<string, string> = {}, nodeArgs: string[] = []) =>
  startBenchServer('Guichet', [...nodeArgs, 'scripts/web-server.mjs'], APP_PORT, extraEnv);
const startBaseline = () =>
  startBenchServer('Référence', ['node_modules/next/dist/bin/next', 'start', BASELINE_DIR, '-H', '127.0.0.1', '-p', String(BASELINE_PORT)], BASELINE_PORT);

function buildBaseline() {
  if (existsSync(path.join(BASELINE_DIR, '.next', 'BUILD_ID'))) return;
  console.log('Construction de la référence (next build bench/baseline)…');
  const result = spawnSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', BASELINE_DIR], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error('La construction de la référence a échoué.');
}

const VERIFY: ServerAction = { file: 'app/(auth)/connexion/verification/actions.ts', name: 'verifyCodeAction', path: '/connexion/verification' };

/** Each time step is accepted once per agent (totpLastStep): a sign-in within 30 s of the last uses the next step, or waits. */
async function totpCode(url: string, email: string, secret: string): Promise<string> {
  const totp = new TOTP({ secret: Secret.fromBase32(secret) });
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client
    .query<{ last: number | null }>('SELECT "totpLastStep" AS last FROM "User" WHERE email = $1', [email])
    .finally(() => client.end());
  const last = rows[0]?.last ?? -1;
  let now = Math.floor(Date.now() / 1000 / totp.period);
  if (last > now) {
    await new Promise((resolve) => setTimeout(resolve, (last + 1) * totp.period * 1000 - Date.now() + 500));
    now = Math.floor(Date.now() / 1000 / totp.period);
  }
  const step = Math.max(now, last + 1);
  return totp.generate({ timestamp: step * totp.period * 1000 });
}

function signIn(base: string, email: string, totpSecret?: string, url = databaseUrl!): Promise<Cookies> {
  const secondStep = totpSecret ? { ...VERIFY, code: () => totpCode(url, email, totpSecret) } : undefined;
  return signInOverHttp(base, { email, password: fixtures.password, secondStep });
}

type LoadResult = {
  /** The 1-minute load average when the measure started: the machine is shared. */
  load: number;
  /** Server CPU time per answered request: what a busy machine disturbs least. */
  cpuMsPerRequest: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  total: number;
  peakRss: number;
  rssGrowth: number;
  statuses: Record<string, number>;
};

type LoadOptions = {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
  method?: string;
  body?: string;
  nextBody?: () => string;
};

function runAutocannon(options: LoadOptions, onLatency?: (ms: number, status: number) => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const method = options.method ?? 'GET';
    const requests = options.nextBody
      ? [{ method, setupRequest: (request: { body?: string | Buffer }) => ({ ...request, body: options.nextBody!() }) }]
      : undefined;
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.duration,
        method,
        headers: options.headers,
        body: options.body,
        timeout: 30,
        ...(requests ? { requests } : {}),
      },
      (error, result) => (error ? reject(error) : resolve(result.errors + result.timeouts)),
    );
    if (onLatency) instance.on('response', (_client, statusCode, _bytes, responseTime) => onLatency(responseTime, statusCode));
  });
}

/** autocannon stops at the deadline but the server still renders requests in flight: wait until a probe answers quickly. */
async function drain(server: Server) {
  for (let attempt = 0; attempt < 30; attempt++) {
    const started = Date.now();
    await (await fetch(`${server.base}/mentions-legales`, { redirect: 'manual' })).arrayBuffer();
    if (Date.now() - started < 1_000) return;
  }
}

async function load(server: Server, options: LoadOptions): Promise<LoadResult> {
  await runAutocannon({ ...options, duration: WARMUP });
  await drain(server);
  const latencies: number[] = [];
  const statuses: Record<string, number> = {};
  let failures = 0;
  const rss = sampleRss(server.child.pid!);
  const load = os.loadavg()[0];
  const cpuBefore = treeCpuMs(server.child.pid!);
  const started = Date.now();
  const transportErrors = await runAutocannon(options, (ms, status) => {
    latencies.push(ms);
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status >= 400) failures++;
  });
  const seconds = (Date.now() - started) / 1000;
  const cpuMs = treeCpuMs(server.child.pid!) - cpuBefore;
  const memory = rss.stop();
  await drain(server);
  return {
    load,
    cpuMsPerRequest: cpuMs / Math.max(1, latencies.length),
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: failures + transportErrors,
    total: latencies.length,
    peakRss: memory.peak,
    rssGrowth: memory.growth,
    statuses,
  };
}

type Session = 'none' | 'applicant' | 'instructeur' | 'admin';
type Scenario = { id: string; title: string; path: string; connections: number; session: Session; p95Target?: number; baseline?: boolean; signIn?: boolean };

const procedureSlug = fixtures.procedures[0]?.slug ?? 'subvention-fonctionnement-associations';
const filterProcedure = fixtures.procedures.find((procedure) => procedure.instructedByInstructeur)?.id ?? '';
const searchNumber = fixtures.sampleDossier?.number ?? '';

const ALL_SCENARIOS: Scenario[] = [
  // Public pages: each measured right after the bare Next page, both servers up (same conditions).
  { id: 'accueil', title: '« Accueil » (/)', path: '/', connections: 50, session: 'none', baseline: true },
  { id: 'catalogue-tout', title: 'Catalogue (toutes les démarches)', path: '/demarches', connections: 50, session: 'none', baseline: true },
  {
    id: 'catalogue',
    title: 'Catalogue : recherche « association »',
    path: '/demarches?recherche=association',
    connections: 50,
    session: 'none',
    baseline: true,
  },
  { id: 'demarche', title: 'Page d’une démarche', path: `/demarches/${procedureSlug}`, connections: 50, session: 'none', baseline: true },
  { id: 'connexion', title: 'Connexion d’un usager (argon2id compris)', path: LOGIN.path, connections: 10, session: 'none', signIn: true },
  { id: 'mon-compte', title: '« Mon compte » (usager)', path: '/mon-compte', connections: 10, session: 'applicant', p95Target: 150 },
  {
    id: 'mes-dossiers',
    title: '« Mes dossiers » (usager de 50 dossiers)',
    path: '/mon-compte/dossiers',
    connections: 10,
    session: 'applicant',
    p95Target: 150,
  },
  ...(fixtures.applicant.dossierId
    ? [
        {
          id: 'dossier-usager',
          title: 'Page d’un dossier (usager)',
          path: `/mon-compte/dossiers/${fixtures.applicant.dossierId}`,
          connections: 10,
          session: 'applicant' as const,
          p95Target: 150,
        },
      ]
    : []),
  { id: 'file', title: 'File des dossiers, première page (instructeur)', path: '/instruction', connections: 10, session: 'instructeur', p95Target: 150 },
  {
    id: 'file-numero',
    title: 'File : recherche par numéro (instructeur)',
    path: `/instruction?recherche=${encodeURIComponent(searchNumber)}`,
    connections: 10,
    session: 'instructeur',
    p95Target: 150,
  },
  {
    id: 'file-demarche',
    title: 'File : filtre par démarche (instructeur)',
    path: `/instruction?demarche=${filterProcedure}`,
    connections: 10,
    session: 'instructeur',
    p95Target: 150,
  },
  { id: 'file-admin', title: 'File des dossiers, première page (administrateur)', path: '/instruction', connections: 10, session: 'admin', p95Target: 150 },
  ...(existsSync('app/instruction/dossiers') && fixtures.sampleDossier
    ? [
        {
          id: 'dossier-agent',
          title: 'Page d’un dossier (instructeur)',
          path: `/instruction/dossiers/${fixtures.sampleDossier.id}`,
          connections: 10,
          session: 'instructeur' as const,
          p95Target: 150,
        },
      ]
    : []),
];
const SCENARIOS = ALL_SCENARIOS.filter((scenario) => !ONLY || ONLY.has(scenario.id));

async function sessions(base: string): Promise<Record<Session, Cookies>> {
  return {
    none: new Map(),
    applicant: await signIn(base, fixtures.applicant.email),
    instructeur: await signIn(base, fixtures.instructeur.email, fixtures.instructeur.totpSecret),
    admin: await signIn(base, fixtures.admin.email, fixtures.admin.totpSecret),
  };
}

/** SQL queries of one request, from the server's query log (the page requested once before, to warm it). */
type QueryCount = { queries: number; status: number; slowest?: LoggedQuery };

async function countQueries(server: Server, scenario: Scenario, cookies: Cookies): Promise<QueryCount> {
  const request = () => fetch(`${server.base}${scenario.path}`, { redirect: 'manual', headers: cookies.size ? { Cookie: cookieHeader(cookies) } : {} });
  await (await request()).arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 300));
  const before = server.queryLog.count;
  server.queryLog.recent.length = 0;
  const response = await request();
  await response.arrayBuffer();
  await new Promise((resolve) => setTimeout(resolve, 300));
  mkdirSync('.bench/queries', { recursive: true });
  writeFileSync(`.bench/queries/${scenario.id}.log`, `${server.queryLog.recent.join('\n')}\n`);
  const logged = server.queryLog.recent.map(parseQueryLine).filter((query): query is LoggedQuery => query !== null);
  const slowest = logged.reduce<LoggedQuery | undefined>((worst, query) => (!worst || query.ms > worst.ms ? query : worst), undefined);
  return { queries: server.queryLog.count - before, status: response.status, slowest };
}

async function explain(query: LoggedQuery): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${query.sql}`, query.params);
    return rows.map((row) => row['QUERY PLAN']).join('\n');
  } finally {
    await client.end();
  }
}

/** First-load JS of a page: the scripts its HTML loads, read from the build and gzipped here. */
async function firstLoadJs(base: string, distDir: string): Promise<{ files: number; raw: number; gzip: number }> {
  const html = await (await fetch(`${base}/`)).text();
  // Modern browsers skip the `noModule` polyfills: they are not counted.
  const sources = new Set(
    [...html.matchAll(/<script([^>]*)>/g)]
      .filter((match) => !/nomodule/i.test(match[1]))
      .map((match) => /src="([^"]+)"/.exec(match[1])?.[1])
      .filter((source): source is string => Boolean(source)),
  );
  let raw = 0;
  let gzip = 0;
  for (const source of sources) {
    const file = path.join(distDir, decodeURIComponent(new URL(source, base).pathname.replace(/^\/_next\//, '')));
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { files: sources.size, raw, gzip };
}

async function exportCsv(server: Server, cookies: Cookies, procedureId: string) {
  const rss = sampleRss(server.child.pid!, 50);
  const started = Date.now();
  const response = await fetch(`${server.base}/instruction/exports/${procedureId}`, { headers: { Cookie: cookieHeader(cookies) }, redirect: 'manual' });
  let bytes = 0;
  let lines = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) if (byte === 10) lines++;
  }
  const seconds = (Date.now() - started) / 1000;
  const memory = rss.stop();
  return { status: response.status, seconds, bytes, rows: Math.max(0, lines - 1), rssGrowth: memory.growth, peakRss: memory.peak };
}

const UPLOAD_MB = 50;

/** A valid PDF of about `megabytes` MB: one page whose content stream repeats a no-op (`q Q`). */
async function bigPdf(megabytes: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const page = document.addPage();
  const content = document.context.stream(Buffer.alloc(megabytes * 1024 * 1024 - 2048, 'q Q\n'));
  page.node.set(PDFName.of('Contents'), document.context.register(content));
  return document.save({ useObjectStreams: false });
}

async function uploadPdf(server: Server, cookies: Cookies) {
  const bytes = await bigPdf(UPLOAD_MB);
  const form = new FormData();
  form.append('file', new File([new Uint8Array(bytes)], 'gros-justificatif.pdf', { type: 'application/pdf' }));
  const rss = sampleRss(server.child.pid!, 50);
  const started = Date.now();
  const response = await fetch(`${server.base}/api/fichiers`, { method: 'POST', body: form, headers: { Cookie: cookieHeader(cookies), Origin: server.base } });
  const answer = await response.text();
  const seconds = (Date.now() - started) / 1000;
  const memory = rss.stop();
  return { status: response.status, answer: answer.slice(0, 200), bytes: bytes.length, seconds, rssGrowth: memory.growth, peakRss: memory.peak };
}

function machine(pgVersion: string) {
  const commit = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--', '.', `:!${path.relative(process.cwd(), OUTPUT)}`], { encoding: 'utf8' }).stdout.trim()
    ? ' (avec des modifications non commitées)'
    : '';
  return [
    `- Date : ${new Date().toISOString().replace('T', ' ').slice(0, 16)} UTC`,
    `- Commit : ${commit}${dirty}`,
    `- Machine : ${os.cpus().length} cœurs (${os.cpus()[0]?.model ?? 'inconnu'}), ${formatBytes(os.totalmem())} de mémoire, charge au départ ${os
      .loadavg()
      .map((v) => v.toFixed(2))
      .join(' / ')}`,
    `- Node.js ${process.version}, ${pgVersion}`,
    `- Données : ${fixtures.scale.users} usagers, ${fixtures.scale.profiles} profils, ${fixtures.scale.dossiers} dossiers (npm run bench:data du ${fixtures.createdAt.slice(0, 10)})`,
    `- Mesure : ${WARMUP} s de chauffe puis ${DURATION} s par scénario${SMOKE ? ' (--smoke)' : ''} ; autocannon depuis un second processus sur la même machine`,
  ].join('\n');
}

const ms = (value: number) => (Number.isFinite(value) ? `${Math.round(value)} ms` : '—');
const verdict = (ok: boolean) => (ok ? '✅ atteint' : '❌ manqué');

async function main() {
  if (isBuildStale()) buildApp();
  if (!QUERIES_ONLY) buildBaseline();

  // Bring the schema up to date first, as `npm start` would.
  for (const url of [databaseUrl!, ...(SMALL_DATABASE_URL ? [SMALL_DATABASE_URL] : [])]) {
    const migrating = new pg.Client({ connectionString: url });
    await migrating.connect();
    await applyMigrations(migrating).finally(() => migrating.end());
  }

  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const pgVersion = `PostgreSQL ${(await client.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version.split(' ')[0]}`;
  const { rows: biggest } = await client.query<{ id: string; title: string; n: string }>(
    `SELECT p.id, p.title, count(*) AS n FROM "Dossier" d JOIN "Procedure" p ON p.id = d."procedureId" WHERE d.status <> 'BROUILLON' GROUP BY p.id, p.title ORDER BY n DESC LIMIT 1`,
  );
  await client.end();

  const queryCounts = new Map<string, QueryCount>();
  {
    console.log('Comptage des requêtes SQL par page…');
    const server = await startApp({ BENCH_LOG_QUERIES: '1' });
    try {
      const cookies = await sessions(server.base);
      for (const scenario of SCENARIOS.filter((s) => !s.signIn)) queryCounts.set(scenario.id, await countQueries(server, scenario, cookies[scenario.session]));
    } finally {
      await stopServer(server);
    }
  }
  if (QUERIES_ONLY) {
    for (const [id, { queries, status }] of queryCounts) console.log(`${id} : ${queries} requêtes (statut ${status}), détail dans .bench/queries/${id}.log`);
    return;
  }

  const results = new Map<string, LoadResult>();
  /** The bare Next page measured just before each public scenario. */
  const baselineResults = new Map<string, LoadResult>();
  let appJs = { files: 0, raw: 0, gzip: 0 };
  let baselineJs = { files: 0, raw: 0, gzip: 0 };
  let exportResult: Awaited<ReturnType<typeof exportCsv>> | null = null;
  let uploadResult: Awaited<ReturnType<typeof uploadPdf>> | null = null;
  const memory = { idle: 0, peak: 0 };

  const baseline = SCENARIOS.some((scenario) => scenario.baseline) ? await startBaseline() : null;
  if (baseline) baselineJs = await firstLoadJs(baseline.base, path.join(BASELINE_DIR, '.next'));
  if (CPU_PROF) mkdirSync(PROFILE_DIR, { recursive: true });
  const server = await startApp({}, CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []);
  try {
    const cookies = await sessions(server.base);
    appJs = await firstLoadJs(server.base, '.next');
    memory.idle = treeRss(server.child.pid!);
    for (const scenario of SCENARIOS) {
      console.log(`${scenario.title}…`);
      if (scenario.signIn) {
        let next = 0;
        const emails = fixtures.signInEmails;
        // A refused sign-in also answers 200 (the form's error): prove once that these accounts get in.
        await signIn(server.base, emails[0]);
        results.set(
          scenario.id,
          await load(server, {
            url: `${server.base}${scenario.path}`,
            connections: scenario.connections,
            duration: DURATION,
            method: 'POST',
            headers: actionHeaders(server.base, LOGIN),
            nextBody: () => actionBody({ email: emails[next++ % emails.length], password: fixtures.password }),
          }),
        );
        continue;
      }
      if (scenario.baseline && baseline) {
        baselineResults.set(scenario.id, await load(baseline, { url: `${baseline.base}/`, connections: scenario.connections, duration: DURATION }));
      }
      const headers: Record<string, string> = cookies[scenario.session].size ? { Cookie: cookieHeader(cookies[scenario.session]) } : {};
      results.set(scenario.id, await load(server, { url: `${server.base}${scenario.path}`, connections: scenario.connections, duration: DURATION, headers }));
    }
    if (baseline) await stopServer(baseline);
    if (!ONLY || ONLY.has('export')) {
      console.log('Export CSV…');
      if (biggest[0]) exportResult = await exportCsv(server, cookies.admin, biggest[0].id);
    }
    // After the export: the upload's buffers stay in the RSS and would hide the export's growth.
    if (!ONLY || ONLY.has('envoi')) {
      console.log(`Envoi d’un PDF de ${UPLOAD_MB} Mo…`);
      uploadResult = await uploadPdf(server, cookies.applicant);
      await drain(server);
    }
  } finally {
    if (baseline && isRunning(baseline)) await stopServer(baseline);
    await stopServer(server);
  }
  memory.peak = Math.max(memory.idle, ...[...results.values()].map((result) => result.peakRss));
  const profile = CPU_PROF ? topFrames(PROFILE_DIR) : null;

  // The smaller database has its own fixtures: other agents, other TOTP secrets.
  let scaleComparison: { small: LoadResult; dossiers: number } | null = null;
  if (SMALL_DATABASE_URL && results.has('file')) {
    console.log('File des dossiers sur la petite base…');
    const smallFixtures = JSON.parse(readFileSync(fixturesFile(SMALL_DATABASE_URL), 'utf8')) as BenchFixtures;
    const small = await startApp({ DATABASE_URL: SMALL_DATABASE_URL });
    try {
      const cookies = await signIn(small.base, smallFixtures.instructeur.email, smallFixtures.instructeur.totpSecret, SMALL_DATABASE_URL);
      const result = await load(small, { url: `${small.base}/instruction`, connections: 10, duration: DURATION, headers: { Cookie: cookieHeader(cookies) } });
      scaleComparison = { small: result, dossiers: smallFixtures.scale.dossiers };
    } finally {
      await stopServer(small);
    }
  }

  let outboxResult: OutboxResult | null = null;
  if (!ONLY || ONLY.has('boite-envoi')) {
    console.log(`Boîte d’envoi : ${OUTBOX_EMAILS} courriels…`);
    outboxResult = await measureOutbox({
      databaseUrl: databaseUrl!,
      count: OUTBOX_EMAILS,
      smtpPort: APP_PORT + 10,
      sinkHttpPort: APP_PORT + 11,
      env: { ...process.env, AUTH_SECRET: fixtures.authSecret, DATA_DIR: path.resolve('.bench/data') },
      sampleRss: (pid) => sampleRss(pid),
    });
  }

  const lines: string[] = [];
  lines.push('# Mesures de performance', '');
  lines.push('Produit par `npm run bench` (scripts/bench.ts ; méthode : docs/decisions/015-benchmark.md). Ne pas modifier à la main.', '');
  lines.push(
    'Les pages publiques avant et après leur mise en cache, profils CPU compris : [benchmarks-pages-publiques.md](benchmarks-pages-publiques.md).',
    '',
    'Les pages des personnes connectées avant et après le travail sur la session, profils CPU compris : [benchmarks-pages-connectees.md](benchmarks-pages-connectees.md).',
    '',
    'Mémoire de tous les processus de `npm start` (embarqué) et durée du premier démarrage, avant et après : [benchmarks-memoire-demarrage.md](benchmarks-memoire-demarrage.md).',
    '',
  );
  const reduced = [
    fixtures.scale.dossiers < 200_000 ? `${fixtures.scale.dossiers} dossiers au lieu de 200 000` : '',
    DURATION < 20 ? `${DURATION} s par scénario au lieu de 20` : '',
  ].filter(Boolean);
  if (reduced.length) lines.push(`> **Mesure réduite** : ${reduced.join(', ')}.`, '');
  lines.push('> Mesures **bruitées** si d’autres processus tournent sur la machine (voir la charge au départ ci-dessous).', '');
  lines.push('## Conditions', '', machine(pgVersion), '');
  lines.push('## Pages', '');
  lines.push(
    'Chaque page publique est mesurée juste après la page statique de référence (bench/baseline, l’autre serveur), dans les mêmes conditions ; « × réf. » : rapport des req/s et des p95. Charge : moyenne de charge sur 1 min au début de la mesure. CPU / req. : temps CPU du serveur (et de ses descendants) par réponse, le chiffre que la charge des autres processus fausse le moins.',
    '',
  );
  lines.push(
    '| Scénario | Connexions | req/s | × réf. (req/s) | p50 | p95 | × réf. (p95) | p99 | CPU / req. | × réf. (CPU) | Erreurs / requêtes | Statuts | Charge | RSS pic serveur | Requêtes SQL |',
  );
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|---:|---:|---:|');
  for (const scenario of SCENARIOS) {
    const result = results.get(scenario.id);
    if (!result) continue;
    const queries = queryCounts.get(scenario.id);
    const reference = baselineResults.get(scenario.id);
    if (reference)
      lines.push(
        `| _Référence avant ce scénario : page statique Next.js_ | ${scenario.connections} | ${reference.requestsPerSecond.toFixed(1)} | 1 | ${ms(reference.p50)} | ${ms(reference.p95)} | 1 | ${ms(reference.p99)} | ${reference.cpuMsPerRequest.toFixed(2)} ms | 1 | ${reference.errors} / ${reference.total} | ${JSON.stringify(reference.statuses)} | ${reference.load.toFixed(2)} | ${formatBytes(reference.peakRss)} | — |`,
      );
    lines.push(
      `| ${scenario.title} — \`${scenario.signIn ? `POST ${scenario.path}` : scenario.path}\` | ${scenario.connections} | ${result.requestsPerSecond.toFixed(1)} | ${reference ? (result.requestsPerSecond / reference.requestsPerSecond).toFixed(2) : '—'} | ${ms(result.p50)} | ${ms(result.p95)} | ${reference ? (result.p95 / Math.max(1, reference.p95)).toFixed(2) : '—'} | ${ms(result.p99)} | ${result.cpuMsPerRequest.toFixed(2)} ms | ${reference ? (result.cpuMsPerRequest / Math.max(0.001, reference.cpuMsPerRequest)).toFixed(2) : '—'} | ${result.errors} / ${result.total} | ${JSON.stringify(result.statuses)} | ${result.load.toFixed(2)} | ${formatBytes(result.peakRss)} | ${queries ? queries.queries : '—'} |`,
    );
  }
  lines.push('');
  lines.push('## Mémoire du serveur web', '');
  lines.push(
    `Processus \`scripts/web-server.mjs\` et ses descendants, avec \`DATABASE_URL\` : **${formatBytes(memory.idle)} au repos** (démarré, premières pages servies), **${formatBytes(memory.peak)} au pic** des scénarios ci-dessus.`,
    '',
  );
  if (profile) {
    lines.push('## Profil CPU du serveur', '');
    lines.push(
      `\`node --cpu-prof\` sur le serveur pendant toute la charge ci-dessus (${profile.seconds.toFixed(0)} s échantillonnées, dont ${profile.idlePercent.toFixed(0)} % au repos) ; temps propre des fonctions les plus coûteuses :`,
      '',
    );
    lines.push('| Fonction | Fichier | Temps propre |', '|---|---|---:|');
    for (const frame of profile.frames) lines.push(`| \`${frame.name}\` | ${frame.where} | ${frame.percent.toFixed(1)} % |`);
    lines.push('');
  }
  if (uploadResult) {
    lines.push(`## Envoi d’un PDF de ${UPLOAD_MB} Mo`, '');
    lines.push(
      `POST /api/fichiers (usager connecté, \`MAX_UPLOAD_MB=60\`) : statut ${uploadResult.status}, ${formatBytes(uploadResult.bytes)} en ${uploadResult.seconds.toFixed(1)} s ; croissance du RSS du serveur ${formatBytes(uploadResult.rssGrowth)} (pic ${formatBytes(uploadResult.peakRss)}).${uploadResult.status === 200 || uploadResult.status === 201 ? '' : ` Réponse : ${uploadResult.answer}`}`,
      '',
    );
  }
  if (exportResult && biggest[0]) {
    lines.push('## Export CSV', '');
    lines.push(
      `« ${biggest[0].title} » (${biggest[0].n} dossiers déposés ; l’issue vise 50 000) : statut ${exportResult.status}, ${exportResult.rows} lignes, ${formatBytes(exportResult.bytes)} en ${exportResult.seconds.toFixed(1)} s ; croissance du RSS du serveur ${formatBytes(exportResult.rssGrowth)} (pic ${formatBytes(exportResult.peakRss)}).`,
      '',
    );
  }
  const queue = results.get('file');
  if (scaleComparison && queue) {
    lines.push('## File des dossiers selon le volume', '');
    lines.push('| Base | req/s | p50 | p95 | p99 | Erreurs / requêtes |', '|---|---:|---:|---:|---:|---:|');
    lines.push(
      `| ${scaleComparison.dossiers} dossiers | ${scaleComparison.small.requestsPerSecond.toFixed(1)} | ${ms(scaleComparison.small.p50)} | ${ms(scaleComparison.small.p95)} | ${ms(scaleComparison.small.p99)} | ${scaleComparison.small.errors} / ${scaleComparison.small.total} |`,
    );
    lines.push(
      `| ${fixtures.scale.dossiers} dossiers | ${queue.requestsPerSecond.toFixed(1)} | ${ms(queue.p50)} | ${ms(queue.p95)} | ${ms(queue.p99)} | ${queue.errors} / ${queue.total} |`,
      '',
    );
  }
  if (outboxResult) {
    lines.push('## Boîte d’envoi', '');
    lines.push(
      `${outboxResult.emails} courriels mis en file d’un coup, envoyés par un processus \`npm run worker\` à un serveur SMTP réel (le puits des tests e2e) : ${outboxResult.sent} envoyés (${outboxResult.received} reçus par le puits) en ${outboxResult.seconds.toFixed(1)} s, soit **${outboxResult.perSecond.toFixed(0)} courriels/s** ; RSS pic du worker ${formatBytes(outboxResult.peakRss)}.`,
      '',
    );
  }
  lines.push('## JavaScript de « Accueil »', '');
  lines.push(
    `Les scripts que charge le HTML de la page (hors polyfills « noModule »), lus dans le build et compressés ici (gzip -9) : ${appJs.files} fichiers, ${formatBytes(appJs.raw)} bruts, **${(appJs.gzip / 1024).toFixed(1)} ko gzip** (référence : ${baselineJs.files} fichiers, ${(baselineJs.gzip / 1024).toFixed(1)} ko gzip).`,
    '',
  );

  lines.push('## Plans des requêtes les plus lentes', '');
  lines.push(
    'Pour chaque page, la requête la plus lente du comptage ci-dessus, rejouée avec ses paramètres sous `EXPLAIN (ANALYZE, BUFFERS)`, serveur au repos.',
    '',
  );
  for (const scenario of SCENARIOS) {
    const slowest = queryCounts.get(scenario.id)?.slowest;
    if (!slowest) continue;
    lines.push(
      `<details><summary>${scenario.title} — ${slowest.ms.toFixed(1)} ms au comptage</summary>`,
      '',
      '```sql',
      slowest.sql,
      '```',
      '',
      '```',
      await explain(slowest),
      '```',
      '',
      '</details>',
      '',
    );
  }
  lines.push('## Cibles', '');
  lines.push('| Cible | Mesure | Verdict |', '|---|---|---|');
  for (const scenario of SCENARIOS.filter((s) => s.baseline)) {
    const result = results.get(scenario.id);
    const reference = baselineResults.get(scenario.id);
    if (!result || !reference) continue;
    const ratio = result.requestsPerSecond / reference.requestsPerSecond;
    const p95Ratio = result.p95 / Math.max(1, reference.p95);
    lines.push(`| ${scenario.title} ≥ 0,8 × la référence en req/s (50 connexions) | ${ratio.toFixed(2)} × | ${verdict(ratio >= 0.8 && result.errors === 0)} |`);
    lines.push(`| ${scenario.title} : p95 ≤ 1,5 × celui de la référence | ${p95Ratio.toFixed(2)} × (${ms(result.p95)}) | ${verdict(p95Ratio <= 1.5)} |`);
  }
  for (const scenario of SCENARIOS.filter((s) => s.session !== 'none')) {
    const result = results.get(scenario.id);
    if (result) lines.push(`| ${scenario.title} : p95 ≤ 80 ms à 10 connexions | ${ms(result.p95)} | ${verdict(result.p95 <= 80 && result.errors === 0)} |`);
  }
  for (const scenario of SCENARIOS.filter((s) => !s.signIn)) {
    const queries = queryCounts.get(scenario.id);
    if (queries)
      lines.push(
        `| ${scenario.title} : ≤ 10 requêtes SQL | ${queries.queries} (statut ${queries.status}) | ${verdict(queries.queries <= 10 && queries.status === 200)} |`,
      );
  }
  if (scaleComparison && queue) {
    const ratio = queue.p95 / scaleComparison.small.p95;
    lines.push(
      `| File (instructeur) : p95 à ${fixtures.scale.dossiers} ≤ 1,5 × p95 à ${scaleComparison.dossiers} dossiers | ${ratio.toFixed(2)} × | ${verdict(ratio <= 1.5)} |`,
    );
  }
  if (uploadResult) {
    const ok = uploadResult.status < 300 && uploadResult.rssGrowth <= 64 * 1024 * 1024;
    lines.push(
      `| Envoi de ${UPLOAD_MB} Mo : croissance du RSS ≤ 64 Mo | ${formatBytes(uploadResult.rssGrowth)} (statut ${uploadResult.status}) | ${verdict(ok)} |`,
    );
  }
  if (exportResult)
    lines.push(
      `| Export CSV : croissance du RSS ≤ 100 Mo | ${formatBytes(exportResult.rssGrowth)} pour ${exportResult.rows} lignes | ${verdict(exportResult.rssGrowth <= 100 * 1024 * 1024 && exportResult.status === 200)} |`,
    );
  lines.push(`| « Accueil » ≤ 80 ko de JS gzip | ${(appJs.gzip / 1024).toFixed(1)} ko | ${verdict(appJs.gzip <= 80 * 1024)} |`);
  lines.push('');
  const missing = [
    scaleComparison ? '' : '- la file des dossiers à 2 000 contre 200 000 dossiers (relancer avec `--small-database` une base de 2 000 dossiers) ;',
    uploadResult ? '' : '- l’envoi d’un PDF de 50 Mo (croissance du RSS) ;',
    outboxResult ? '' : '- la boîte d’envoi : 10 000 courriels vers un puits SMTP (courriels/s) ;',
    SCENARIOS.some((scenario) => scenario.id === 'dossier-agent') ? '' : '- la page d’un dossier côté agent (pas de dossier exemple dans les données).',
  ].filter(Boolean);
  if (missing.length) lines.push('## Pas encore mesuré', '', ...missing, '');
  mkdirSync(path.dirname(OUTPUT), { recursive: true });
  writeFileSync(OUTPUT, lines.join('\n'));
  console.log(`Écrit : ${path.relative(process.cwd(), OUTPUT)}`);
}

main().catch((error: Error) => {
  console.error(error.stack ?? error.message);
  process.exit(1);
});
