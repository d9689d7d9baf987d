import NodeClam from 'clamscan';
import type { Readable } from 'node:stream';
import type { ClamdAddress } from './clamd-url';

// Only an explicit "OK" is CLEAN and only "… FOUND" is INFECTED; anything else (clamd stopped, a
// timeout, « INSTREAM size limit exceeded ») is UNAVAILABLE: the file is kept pending, never clean.

export type ScanVerdict = { status: 'CLEAN' } | { status: 'INFECTED'; signature: string } | { status: 'UNAVAILABLE'; reason: string };

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
        if (result.isInfected === true) return { status: 'INFECTED', signature: result.viruses.join(', ') || 'inconnu' };
        return { status: 'UNAVAILABLE', reason: 'réponse de clamd incomprise' };
      })().catch((error: Error): ScanVerdict => ({ status: 'UNAVAILABLE', reason: error.message }));
      try {
        return await Promise.race([scanned, timeout]);
      } finally {
        clearTimeout(timer);
        body.destroy();
      }
    },
  };
}
