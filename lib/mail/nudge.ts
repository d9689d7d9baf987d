// On globalThis because Next.js may load this module once in the instrumentation bundle (the
// worker) and again in the route bundles (the callers). Other processes still poll.

type Listener = () => void;
const globalForNudge = globalThis as unknown as { __guichetMailNudgeListeners?: Set<Listener> };
globalForNudge.__guichetMailNudgeListeners ??= new Set();
const listeners = globalForNudge.__guichetMailNudgeListeners;

/** Call after the transaction that enqueued emails has committed (calling it earlier is harmless). */
export function nudgeMailWorker(): void {
  for (const listener of listeners) listener();
}

export function onMailWorkerNudge(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
