import 'server-only';
import { env } from '@/lib/env';
import { createClamdScanner, type Scanner } from './clamd-scanner';
import { parseClamdUrl } from './clamd-url';

export { createClamdScanner, type Scanner, type ScanVerdict } from './clamd-scanner';

// One scanner per process, from CLAMD_URL; null when no antivirus is configured.
const globalForScanner = globalThis as unknown as { __guichetScanner?: Scanner | null };

export function getScanner(): Scanner | null {
  if (globalForScanner.__guichetScanner !== undefined) return globalForScanner.__guichetScanner;
  const address = env.CLAMD_URL ? parseClamdUrl(env.CLAMD_URL) : null;
  globalForScanner.__guichetScanner = address ? createClamdScanner(address) : null;
  return globalForScanner.__guichetScanner;
}
