import 'server-only';
import { env } from '../env';
import { startBackgroundJobs } from './background-jobs';

// Runs the background jobs inside the web server process (instrumentation.ts) unless WORKER=off.
type WorkerHandle = { stop: () => Promise<void> };
const globalForWorker = globalThis as unknown as { __guichetJobs?: WorkerHandle };

export function startJobsInWebProcess() {
  // Dev reloads and custom servers may call register() again in the same process.
  if (env.WORKER !== 'on' || globalForWorker.__guichetJobs) return;
  const stop = startBackgroundJobs();
  let stopping: Promise<void> | undefined;
  const handle: WorkerHandle = { stop: () => (stopping ??= stop()) };
  globalForWorker.__guichetJobs = handle;

  const onSignal = (signal: NodeJS.Signals) => {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
    // The server's own handler closes it and exits; we only stop the worker. With no other
    // listener, ours would have cancelled the default exit: restore it once the worker stopped.
    const othersHandleIt = process.listenerCount(signal) > 0;
    void handle.stop().finally(() => {
      if (!othersHandleIt) process.kill(process.pid, signal);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}
