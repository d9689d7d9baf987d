import 'server-only';
import { getScanner } from '../antivirus';
import { startMailWorker } from '../mail/worker';
import { buildDataExports, purgeExpiredDataExports } from './build-data-exports';
import { applyRetention } from '../retention/apply-retention';
import { purgeOrphanFiles } from './purge-orphan-files';
import { remindExpiringDocuments } from './remind-expiring-documents';
import { scanPendingFiles } from './scan-pending-files';

// Everything that runs in the background: in each web process unless WORKER=off, or alone with
// `npm run worker`. Every job is safe to run in several processes at once.

const PURGE_EVERY_MS = 60 * 60 * 1000;
const FIRST_PURGE_AFTER_MS = 60 * 1000;
/** Files waiting for clamd are retried this often: a short outage delays a download by seconds. */
const SCAN_PENDING_EVERY_MS = 10 * 1000;
/** « Télécharger mes données »: an archive asked for is ready within seconds when the worker is idle. */
const BUILD_EXPORTS_EVERY_MS = 10 * 1000;
/** A reminder is about a date 30 days away: an hour late does not matter. */
const REMIND_EXPIRING_EVERY_MS = 60 * 60 * 1000;
const FIRST_REMINDERS_AFTER_MS = 2 * 60 * 1000;
/** Retention delays are counted in days: an hourly run applies each rule within the hour. */
const RETENTION_EVERY_MS = 60 * 60 * 1000;
const FIRST_RETENTION_AFTER_MS = 2 * 60 * 1000;

/** Runs `job` after `firstAfterMs`, then every `everyMs`, one run at a time; the stop waits for the run in progress. */
function startPeriodicJob(label: string, job: () => Promise<unknown>, firstAfterMs: number, everyMs: number): () => Promise<void> {
  let running: Promise<unknown> = Promise.resolve();
  let busy = false;
  const run = () => {
    if (busy) return;
    busy = true;
    running = job()
      .catch((error: Error) => console.error(`${label} : ${error.message}`))
      .finally(() => (busy = false));
  };
  const first = setTimeout(run, firstAfterMs);
  const every = setInterval(run, everyMs);
  first.unref();
  every.unref();
  return async () => {
    clearTimeout(first);
    clearInterval(every);
    await running;
  };
}

export function startBackgroundJobs(): () => Promise<void> {
  const scanner = getScanner();
  if (!scanner) console.warn('[antivirus] CLAMD_URL est vide : les fichiers déposés ne sont pas analysés (voir le README).');
  const stops = [
    startMailWorker(),
    startPeriodicJob('[fichiers] purge des fichiers orphelins', () => purgeOrphanFiles(), FIRST_PURGE_AFTER_MS, PURGE_EVERY_MS),
    startPeriodicJob('[données] préparation des archives', () => buildDataExports(), BUILD_EXPORTS_EVERY_MS, BUILD_EXPORTS_EVERY_MS),
    startPeriodicJob('[données] purge des archives expirées', () => purgeExpiredDataExports(), FIRST_PURGE_AFTER_MS, PURGE_EVERY_MS),
    startPeriodicJob('[porte-documents] rappels avant la fin de validité', () => remindExpiringDocuments(), FIRST_REMINDERS_AFTER_MS, REMIND_EXPIRING_EVERY_MS),
    startPeriodicJob('[conservation] durées de conservation', () => applyRetention(), FIRST_RETENTION_AFTER_MS, RETENTION_EVERY_MS),
    ...(scanner
      ? [startPeriodicJob('[antivirus] analyse des fichiers en attente', () => scanPendingFiles({ scanner }), SCAN_PENDING_EVERY_MS, SCAN_PENDING_EVERY_MS)]
      : []),
  ];
  return async () => {
    await Promise.all(stops.map((stop) => stop()));
  };
}
