import 'server-only';
import { startMailWorker } from '../mail/worker';
import { purgeOrphanFiles } from './purge-orphan-files';

// Everything that runs in the background: in each web process unless WORKER=off, or alone with
// `npm run worker`. Every job is safe to run in several processes at once.

const PURGE_EVERY_MS = 60 * 60 * 1000;
const FIRST_PURGE_AFTER_MS = 60 * 1000;

function startOrphanFilePurge(): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  const run = () => {
    running = purgeOrphanFiles().catch((error: Error) => console.error(`[fichiers] purge des fichiers orphelins : ${error.message}`));
  };
  const first = setTimeout(run, FIRST_PURGE_AFTER_MS);
  const every = setInterval(run, PURGE_EVERY_MS);
  first.unref();
  every.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(every);
    await running;
  };
}

/** Starts the background jobs; the returned function stops them once the work in progress is done. */
export function startBackgroundJobs(): () => Promise<void> {
  const stops = [startMailWorker(), startOrphanFilePurge()];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
