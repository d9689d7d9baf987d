import type { FileScanStatus } from '@/lib/generated/prisma/enums';

// Only a CLEAN file, or one that was never to be scanned (NOT_SCANNED), is ever served.

export function isServable(status: FileScanStatus): boolean {
  return status === 'CLEAN' || status === 'NOT_SCANNED';
}

/** The words (and tag colour) shown instead of the download link of a file that may not be served. */
export function scanNotice(status: FileScanStatus): { text: string; tone: 'neutral' | 'error' } | null {
  if (status === 'PENDING') return { text: 'Analyse antivirus en cours', tone: 'neutral' };
  if (status === 'INFECTED') return { text: 'Bloqué : virus détecté', tone: 'error' };
  return null;
}

export function scanRefusal(status: FileScanStatus): { status: number; message: string } | null {
  if (status === 'PENDING') return { status: 409, message: 'Ce fichier est en cours d’analyse antivirus : il pourra être téléchargé dans quelques minutes.' };
  if (status === 'INFECTED') return { status: 403, message: 'Ce fichier a été bloqué : l’antivirus y a détecté un virus.' };
  return null;
}
