import 'server-only';
import { createReadStream } from 'node:fs';
import type { FileScanStatus } from '@/lib/generated/prisma/client';
import type { Scanner } from './clamd-scanner';

// When clamd cannot answer, the file is kept PENDING, served to nobody, and the worker scans it
// again (scan-pending-files.ts).

export type FileScan = { scanStatus: FileScanStatus; scannedAt?: Date; scanSignature?: string };

export type UploadScan =
  | { infected: true; signature: string }
  /** Beyond clamd's scan limits: refused at once, since no later scan would conclude. */
  | { infected: false; beyondLimits: string }
  | { infected: false; scan: FileScan };

export async function scanUpload(path: string, scanner: Scanner | null, now = new Date()): Promise<UploadScan> {
  if (!scanner) return { infected: false, scan: { scanStatus: 'NOT_SCANNED' } };
  const verdict = await scanner.scan(createReadStream(path));
  if (verdict.status === 'INFECTED') return { infected: true, signature: verdict.signature };
  if (verdict.status === 'LIMIT') return { infected: false, beyondLimits: verdict.reason };
  if (verdict.status === 'CLEAN') return { infected: false, scan: { scanStatus: 'CLEAN', scannedAt: now } };
  console.warn(`[antivirus] analyse impossible à l’envoi (${verdict.reason}) : le fichier attend la prochaine analyse.`);
  return { infected: false, scan: { scanStatus: 'PENDING', scannedAt: now } };
}
