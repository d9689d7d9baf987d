export type Flags = Record<string, string | boolean>;

/** `--name value`, `--name=value` and bare `--flag` (true). Positional arguments are refused. */
export function parseFlags(argv: readonly string[]): Flags {
  const flags: Flags = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') continue;
    if (!arg.startsWith('--')) throw new Error(`Argument inattendu : ${arg}`);
    const [name, inline] = arg.slice(2).split('=', 2);
    if (inline !== undefined) flags[name] = inline;
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags[name] = argv[++i];
    else flags[name] = true;
  }
  return flags;
}

/** A positive integer flag (underscores allowed: 200_000), or the default. */
export function intFlag(flags: Flags, name: string, fallback: number): number {
  const raw = flags[name];
  if (raw === undefined) return fallback;
  const value = typeof raw === 'string' ? Number(raw.replaceAll('_', '')) : NaN;
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} attend un entier positif (reçu : ${String(raw)})`);
  return value;
}

/** The p-th percentile (nearest rank) of unsorted values; NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

/** Peak and growth over a baseline of RSS samples, in bytes. */
export function rssSummary(baseline: number, samples: readonly number[]): { peak: number; growth: number } {
  const peak = samples.length ? Math.max(baseline, ...samples) : baseline;
  return { peak, growth: peak - baseline };
}

/** Parses the VmRSS line of /proc/<pid>/status, in bytes (0 if absent). */
export function parseVmRss(status: string): number {
  const match = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status);
  return match ? Number(match[1]) * 1024 : 0;
}

export function formatBytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} Mo`;
}

export type LoggedQuery = { ms: number; sql: string; params: unknown[] };

/** A line of lib/db.ts's query log (BENCH_LOG_QUERIES=1): `[bench:query] 1.2ms SELECT … -- params [..]`. */
export function parseQueryLine(line: string): LoggedQuery | null {
  const match = /^\[bench:query\] ([\d.]+)ms (.*) -- params (\[.*\])$/.exec(line);
  if (!match) return null;
  try {
    return { ms: Number(match[1]), sql: match[2].trim(), params: JSON.parse(match[3]) as unknown[] };
  } catch {
    return null;
  }
}
