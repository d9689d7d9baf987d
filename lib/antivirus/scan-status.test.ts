import { describe, expect, it } from 'vitest';
import { FileScanStatus } from '@/lib/generated/prisma/enums';
import { isServable, scanNotice, scanRefusal } from './scan-status';

// Every status of the schema, so that a new one added later must be placed here on purpose.
const ALL = Object.values(FileScanStatus);

describe('scan status', () => {
  it('serves only CLEAN and NOT_SCANNED files', () => {
    expect(ALL.filter(isServable).sort()).toEqual(['CLEAN', 'NOT_SCANNED']);
  });

  it('refuses a pending file with 409 and an infected one with 403, in French', () => {
    expect(scanRefusal('PENDING')).toEqual({
      status: 409,
      message: 'Ce fichier est en cours d’analyse antivirus : il pourra être téléchargé dans quelques minutes.',
    });
    expect(scanRefusal('INFECTED')).toEqual({ status: 403, message: 'Ce fichier a été bloqué : l’antivirus y a détecté un virus.' });
  });

  it('shows a notice instead of the link of a file that may not be served', () => {
    expect(scanNotice('PENDING')).toEqual({ text: 'Analyse antivirus en cours', tone: 'neutral' });
    expect(scanNotice('INFECTED')).toEqual({ text: 'Bloqué : virus détecté', tone: 'error' });
  });

  it('agrees with itself: a refusal and a notice exactly for the files that are not servable', () => {
    for (const status of ALL) {
      expect(scanRefusal(status) === null, status).toBe(isServable(status));
      expect(scanNotice(status) === null, status).toBe(isServable(status));
    }
  });
});
