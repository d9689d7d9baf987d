import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createConfirmedUser } from '@/test/integration/accounts';
import { startTestAntivirus, type TestAntivirus } from '@/test/integration/antivirus';
import { uploadRequest } from '@/test/integration/upload-requests';
import { db } from '@/lib/db';
import { handleUpload } from '@/lib/files/handle-upload';
import { createFsDriver } from '@/lib/storage/fs-driver';

// `npm run worker` exactly as deployed (WORKER=off on the web servers): its jobs queue emails, and
// the email is rendered in that process. It once ran with the react-server condition, where
// React Email cannot render (react-dom/server refuses to load): the email was only logged.

const WORKER_TIMEOUT_MS = 90_000;

let antivirus: TestAntivirus;
let dir: string;
let worker: ChildProcess | undefined;
let workerOutput = '';

beforeAll(async () => {
  antivirus = await startTestAntivirus();
  dir = await mkdtemp(path.join(tmpdir(), 'guichet-standalone-worker-'));
});
afterAll(async () => {
  if (worker?.pid && worker.exitCode === null) {
    // npm, its shell and node: the whole group, started detached for this.
    process.kill(-worker.pid, 'SIGTERM');
    await once(worker, 'exit');
  }
  await antivirus?.clamd.remove();
  await rm(dir, { recursive: true, force: true });
});

/** A file clamd could not scan when it arrived: the worker's scan of pending files judges it. */
async function uploadWhileClamdIsDown(ownerId: string): Promise<string> {
  await antivirus.clamd.stop();
  const response = await handleUpload(
    uploadRequest({ bytes: antivirus.infectedPdf, name: 'Avis d’imposition.pdf', type: 'application/pdf' }),
    { id: ownerId },
    { storage: createFsDriver(path.join(dir, 'files')), scanner: antivirus.scanner, limits: { maxMb: 20, tmpDir: path.join(dir, 'tmp') } },
  );
  expect(response.status).toBe(201);
  await antivirus.clamd.start();
  return (await response.json()).id;
}

async function waitForSentEmail(to: string) {
  const deadline = Date.now() + WORKER_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const email = await db.outboxEmail.findFirst({ where: { to, template: 'file-infected' }, select: { status: true, subject: true, html: true, text: true } });
    if (email?.status === 'SENT') return email;
    if (worker?.exitCode !== null || /courriel au propriétaire du fichier .* impossible/.test(workerOutput)) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`aucun courriel « fichier infecté » envoyé par le worker ; sa sortie :\n${workerOutput}`);
}

describe('npm run worker', () => {
  it('renders and sends the email a job queues (a file found infected after the fact)', { timeout: WORKER_TIMEOUT_MS + 30_000 }, async () => {
    const owner = await createConfirmedUser();
    const fileId = await uploadWhileClamdIsDown(owner.id);

    // Same database; its own storage (DATA_DIR/files) and the test clamd; no SMTP_URL: the built-in catcher receives.
    worker = spawn('npm', ['run', '--silent', 'worker'], {
      detached: true,
      env: { ...process.env, DATA_DIR: dir, CLAMD_URL: antivirus.clamd.url, SMTP_URL: '', STORAGE: 'fs' },
    });
    for (const stream of [worker.stdout, worker.stderr]) stream?.on('data', (chunk: Buffer) => (workerOutput += chunk.toString('utf8')));

    const email = await waitForSentEmail(owner.email);
    expect(email.subject).toBe('Un fichier que vous avez envoyé a été bloqué par l’antivirus');
    expect(email.html).toContain('Avis d’imposition.pdf');
    expect(email.html).toMatch(/^<!DOCTYPE html/);
    expect(email.text).toContain('Avis d’imposition.pdf');
    expect((await db.storedFile.findUniqueOrThrow({ where: { id: fileId }, select: { scanStatus: true } })).scanStatus).toBe('INFECTED');
    expect(workerOutput).not.toMatch(/courriel au propriétaire du fichier .* impossible/);
  });
});
