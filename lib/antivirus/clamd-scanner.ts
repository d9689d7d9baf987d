import NodeClam from 'clamscan';
import type { Readable } from 'node:stream';
import type { ClamdAddress } from './clamd-url';

// Only an explicit "OK" is CLEAN and only "… FOUND" is INFECTED; anything else (clamd stopped, a
// timeout, « INSTREAM size limit exceeded ») is UNAVAILABLE: the file is kept pending, never clean.

// A file beyond clamd's limits is LIMIT, not INFECTED: with `AlertExceedsMax yes` clamd names it
// « Heuristics.Limits.Exceeded.MaxFileSize FOUND » (and the like); beyond StreamMaxLength it answers
// « INSTREAM size limit exceeded. ERROR ». Either way it was not scanned, and no retry will scan it.
export type ScanVerdict =
  | { status: 'CLEAN' }
  | { status: 'INFECTED'; signature: string }
  | { status: 'LIMIT'; reason: string }
  | { status: 'UNAVAILABLE'; reason: string };

const LIMIT_SIGNATURE = /^Heuristics\.Limits\.Exceeded/;
const STREAM_LIMIT = /size limit exceeded/i;

export type Scanner = { scan(body: Readable): Promise<ScanVerdict> };

/** Long enough for a 20 MB PDF on a busy clamd, short enough for a person waiting on an upload. */
export const DEFAULT_SCAN_TIMEOUT_MS = 30_000;

export function createClamdScanner(address: ClamdAddress, timeoutMs = DEFAULT_SCAN_TIMEOUT_MS): Scanner {
  // init() only reads settings here: bypassTest skips its connection test, so a clamd that is
  // down when the process starts is simply down for the first scans.
  const client = new NodeClam().init({
    preference: 'clamdscan',
    clamscan: { active: false },
    clamdscan: { ...address, active: true, localFallback: false, bypassTest: true, timeout: timeoutMs },
  });
  return {
    async scan(body) {
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<ScanVerdict>((resolve) => {
        timer = setTimeout(() => resolve({ status: 'UNAVAILABLE', reason: `pas de réponse en ${timeoutMs} ms` }), timeoutMs);
      });
      const scanned = (async (): Promise<ScanVerdict> => {
        const result = await (await client).scanStream(body);
        if (result.isInfected === false) return { status: 'CLEAN' };
        if (result.isInfected === true) {
          const signature = result.viruses.join(', ') || 'inconnu';
          if (result.viruses.length > 0 && result.viruses.every((virus) => LIMIT_SIGNATURE.test(virus))) return { status: 'LIMIT', reason: signature };
          return { status: 'INFECTED', signature };
        }
        return { status: 'UNAVAILABLE', reason: 'réponse de clamd incomprise' };
      })().catch((error: Error): ScanVerdict => ({ status: STREAM_LIMIT.test(error.message) ? 'LIMIT' : 'UNAVAILABLE', reason: error.message }));
      try {
        return await Promise.race([scanned, timeout]);
      } finally {
        clearTimeout(timer);
        body.destroy();
      }
    },
  };
}
