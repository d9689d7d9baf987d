import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { formatBytes, parseVmRss } from './args';

// `npm start` as a person runs it, measured from outside (docs/benchmarks.md, « Mémoire et
// démarrage ») : time to the first page, RSS of every process it starts, idle and at the peak of a
// short load on the public pages. Not a test: a figure, read with the load average printed with it.
//   npx tsx scripts/bench/measure-start.ts --port=4300 --data-dir=/tmp/guichet-mesure [--database-url=…] [--seconds=10]

const flag = (name: string, fallback: string) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const port = Number(flag('port', '4300'));
const dataDir = flag('data-dir', '/tmp/guichet-mesure');
const databaseUrl = flag('database-url', '');
const seconds = Number(flag('seconds', '10'));
const base = `http://127.0.0.1:${port}`;

type Proc = { pid: number; ppid: number; rss: number; command: string };

function processTree(root: number): Proc[] {
  const all = new Map<number, Proc>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const command = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0').join(' ').trim().slice(0, 110);
      all.set(Number(entry), { pid: Number(entry), ppid, rss: parseVmRss(readFileSync(`/proc/${entry}/status`, 'utf8')), command });
    } catch {
      // Ended meanwhile.
    }
  }
  const tree: Proc[] = [];
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    const proc = all.get(pid);
    if (!proc) continue;
    tree.push(proc);
    for (const child of all.values()) if (child.ppid === pid) stack.push(child.pid);
  }
  return tree;
}

const total = (tree: Proc[]) => tree.reduce((sum, proc) => sum + proc.rss, 0);
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' / ');

async function firstPage(started: number): Promise<number> {
  for (;;) {
    try {
      const response = await fetch(`${base}/`);
      await response.arrayBuffer();
      if (response.status === 200) return (Date.now() - started) / 1000;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
    if (Date.now() - started > 600_000) throw new Error('pas de première page en 10 minutes');
  }
}

function load10s(path: string): Promise<number> {
  return new Promise((resolve, reject) =>
    autocannon({ url: `${base}${path}`, connections: 10, duration: seconds, timeout: 30 }, (error, result) =>
      error ? reject(error) : resolve(result.requests.average),
    ),
  );
}

async function main() {
  console.log(`Charge au départ : ${load()}`);
  const started = Date.now();
  const child = spawn('npm', ['start'], {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
  });
  let output = '';
  for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')));
  child.on('exit', (code) => {
    console.error(`npm start s’est arrêté (${code}) :\n${output.slice(-3000)}`);
    process.exit(1);
  });
  try {
    const toFirstPage = await firstPage(started);
    console.log(`Première page après ${toFirstPage.toFixed(1)} s (charge ${load()})`);
    const slug = /href="\/demarches\/([a-z0-9-]+)"/.exec(await (await fetch(`${base}/demarches`)).text())?.[1];
    const pages = ['/', '/demarches', ...(slug ? [`/demarches/${slug}`] : [])];
    for (const path of pages) await (await fetch(`${base}${path}`)).arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const idle = processTree(child.pid!);
    let peak = total(idle);
    const perProcessPeak = new Map(idle.map((proc) => [proc.pid, proc]));
    const sampler = setInterval(() => {
      const tree = processTree(child.pid!);
      peak = Math.max(peak, total(tree));
      for (const proc of tree) if (proc.rss > (perProcessPeak.get(proc.pid)?.rss ?? 0)) perProcessPeak.set(proc.pid, proc);
    }, 200);
    const rates: string[] = [];
    for (const path of pages) rates.push(`${path} ${(await load10s(path)).toFixed(0)} req/s`);
    clearInterval(sampler);
    const after = processTree(child.pid!);
    console.log(`Au repos : ${formatBytes(total(idle))} pour ${idle.length} processus`);
    for (const proc of idle) console.log(`  ${formatBytes(proc.rss).padStart(9)}  ${proc.pid}  ${proc.command}`);
    console.log(`Pic pendant la charge (${rates.join(', ')}, 10 connexions, ${seconds} s chacune) : ${formatBytes(peak)}`);
    for (const proc of perProcessPeak.values()) console.log(`  ${formatBytes(proc.rss).padStart(9)}  ${proc.pid}  ${proc.command}`);
    console.log(`Après la charge : ${formatBytes(total(after))} (charge ${load()})`);
  } finally {
    child.removeAllListeners('exit');
    process.kill(-child.pid!, 'SIGTERM');
  }
}

main().catch((error: Error) => {
  console.error(error.message);
  process.exit(1);
});
