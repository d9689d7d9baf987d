import { eicarPdf, onePagePdf } from '@/e2e/fixtures/files/generators';
import { EICAR, type RunningClamd, startClamd } from '@/test/clamd-server';
import { createClamdScanner, type Scanner } from '@/lib/antivirus/clamd-scanner';

// Integration tests of the antivirus: a real test clamd (test/clamd-server.ts), a scanner on it,
// and the two PDFs they send, one clean and one carrying EICAR. The caller removes the clamd.

export type TestAntivirus = { clamd: RunningClamd; scanner: Scanner; cleanPdf: Buffer; infectedPdf: Buffer };

export async function startTestAntivirus(): Promise<TestAntivirus> {
  const clamd = await startClamd();
  return {
    clamd,
    scanner: createClamdScanner({ host: '127.0.0.1', port: clamd.port }),
    cleanPdf: Buffer.from(await (await onePagePdf('Attestation')).save()),
    infectedPdf: await eicarPdf(EICAR),
  };
}
