import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// Reads the .cpuprofile files `node --cpu-prof` writes when the server exits, and sums the self
// time of each function (name + file + line) over all samples.

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

export type TopFrame = { name: string; where: string; percent: number };
export type ProfileSummary = { seconds: number; idlePercent: number; frames: TopFrame[] };

/** Self time per frame; `(idle)` and `(program)` kept apart so that the busy part shows. */
export function summariseProfile(profile: CpuProfile, limit = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<string, { name: string; where: string; micros: number }>();
  let total = 0;
  let idle = 0;
  profile.samples.forEach((id, index) => {
    const delta = profile.timeDeltas[index] ?? 0;
    total += delta;
    const frame = byId.get(id)?.callFrame;
    if (!frame) return;
    if (frame.functionName === '(idle)') {
      idle += delta;
      return;
    }
    const file = frame.url.replace(/^file:\/\//, '').replace(`${process.cwd()}/`, '');
    const where = file ? `${file.replace(/^.*node_modules\//, '')}:${frame.lineNumber + 1}` : '(natif)';
    const key = `${frame.functionName}@${where}`;
    const entry = selfTime.get(key) ?? { name: frame.functionName || '(anonyme)', where, micros: 0 };
    entry.micros += delta;
    selfTime.set(key, entry);
  });
  const busy = Math.max(1, total - idle);
  const frames = [...selfTime.values()]
    .sort((a, b) => b.micros - a.micros)
    .slice(0, limit)
    .map((entry) => ({ name: entry.name, where: entry.where, percent: (entry.micros / busy) * 100 }));
  return { seconds: total / 1e6, idlePercent: (idle / Math.max(1, total)) * 100, frames };
}

/** The web server's profile: the biggest file of the directory (next may start short-lived helpers). */
export function topFrames(directory: string, limit = 15): ProfileSummary | null {
  const files = readdirSync(directory)
    .filter((file) => file.endsWith('.cpuprofile'))
    .map((file) => path.join(directory, file));
  if (!files.length) return null;
  const biggest = files
    .map((file) => ({ file, profile: JSON.parse(readFileSync(file, 'utf8')) as CpuProfile }))
    .sort((a, b) => b.profile.samples.length - a.profile.samples.length)[0];
  return summariseProfile(biggest.profile, limit);
}
