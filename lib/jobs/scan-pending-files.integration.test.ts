import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConfirmedUser } from '@/test/integration/accounts';
import { startTestAntivirus } from '@/test/integration/antivirus';
import type { Scanner } from '@/lib/antivirus/clamd-scanner';
import { db } from '@/lib/db';
import { handleUpload } from '@/lib/files/handle-upload';
import { uploadRequest } from '@/test/integration/upload-requests';
import type { FileScanStatus } from '@/lib/generated/prisma/client';
import { createFsDriver } from '@/lib/storage/fs-driver';
import type { StorageDriver } from '@/lib/storage/types';
import { type RunningClamd, TEST_SIGNATURE } from '@/test/clamd-server';
import { scanPendingFiles } from './scan-pending-files';

// The database is shared with the other test files: rows PENDING without an object in this
// test's storage are skipped by the job, and a large batch keeps them from hiding ours.

let clamd: RunningClamd;
let scanner: Scanner;
let cleanPdf: Buffer;
let infectedPdf: Buffer;

let dir: string;
let storage: StorageDriver;
let ownerId: string;

const scan = (withScanner: Scanner = scanner, now?: () => Date) => scanPendingFiles({ scanner: withScanner, storage, batchSize: 1_000, now });
const statusOf = (id: string) => db.storedFile.findUniqueOrThrow({ where: { id }, select: { scanStatus: true, scannedAt: true, scanSignature: true } });
const infectedAudits = (id: string) =>
  db.auditLog.findMany({ where: { action: 'file.infected', targetId: id }, select: { actorId: true, targetType: true, details: true } });

async function uploadPending(bytes: Buffer): Promise<string> {
  const response = await handleUpload(
    uploadRequest({ bytes, name: 'Justificatif.pdf', type: 'application/pdf' }),
    { id: ownerId },
    { storage, scanner, limits: { maxMb: 20, tmpDir: path.join(dir, 'tmp') } },
  );
  expect(response.status).toBe(201);
  const { id } = await response.json();
  expect((await statusOf(id)).scanStatus).toBe('PENDING');
  return id;
}

beforeAll(async () => {
  ({ clamd, scanner, cleanPdf, infectedPdf } = await startTestAntivirus());
});
afterAll(async () => {
  await clamd?.remove();
});
beforeEach(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  dir = await mkdtemp(path.join(tmpdir(), 'guichet-scan-pending-'));
  storage = createFsDriver(path.join(dir, 'files'));
  ownerId = (await createConfirmedUser()).id;
  await clamd.stop();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await clamd.start();
  await rm(dir, { recursive: true, force: true });
});

describe('scanPendingFiles (real clamd)', () => {
  it('leaves the files PENDING while clamd is down, then gives each its verdict once it is back; a second run changes nothing', async () => {
    const clean = await uploadPending(cleanPdf);
    const infected = await uploadPending(infectedPdf);

    // The run stops at the first file clamd could not scan (the oldest): only its attempt is dated.
    const attempt = new Date('2026-11-02T10:00:00Z');
    const uploadedAt = (await statusOf(infected)).scannedAt;
    expect(await scan(scanner, () => attempt)).toEqual({ clean: 0, infected: 0, unavailable: true });
    expect(await statusOf(clean)).toEqual({ scanStatus: 'PENDING', scannedAt: attempt, scanSignature: null });
    expect(await statusOf(infected)).toEqual({ scanStatus: 'PENDING', scannedAt: uploadedAt, scanSignature: null });
    expect(await infectedAudits(infected)).toEqual([]);

    await clamd.start();
    expect(await scan()).toEqual({ clean: 1, infected: 1, unavailable: false });
    expect(await statusOf(clean)).toEqual({ scanStatus: 'CLEAN', scannedAt: expect.any(Date), scanSignature: null });
    expect(await statusOf(infected)).toEqual({ scanStatus: 'INFECTED', scannedAt: expect.any(Date), scanSignature: expect.stringContaining(TEST_SIGNATURE) });
    const audit = { actorId: null, targetType: 'StoredFile', details: { signature: expect.stringContaining(TEST_SIGNATURE), ownerId } };
    expect(await infectedAudits(infected)).toEqual([audit]);

    const after = [await statusOf(clean), await statusOf(infected)];
    expect(await scan()).toEqual({ clean: 0, infected: 0, unavailable: false });
    expect([await statusOf(clean), await statusOf(infected)]).toEqual(after);
    expect(await infectedAudits(infected)).toEqual([audit]);
  });

  it('never writes a verdict over a status another worker set while it was scanning', async () => {
    const clean = await uploadPending(cleanPdf);
    const infected = await uploadPending(infectedPdf);
    await clamd.start();
    // Another worker (or an earlier run) gives both files their verdict while this one scans.
    const earlier = new Date('2026-11-01T09:00:00Z');
    const concurrent: [string, { scanStatus: FileScanStatus; scanSignature?: string }][] = [
      [clean, { scanStatus: 'CLEAN' }],
      [infected, { scanStatus: 'INFECTED', scanSignature: 'Autre.Worker' }],
    ];
    let raced = false;
    const racing: Scanner = {
      async scan(body) {
        if (!raced) for (const [id, data] of concurrent) await db.storedFile.update({ where: { id }, data: { ...data, scannedAt: earlier } });
        raced = true;
        return scanner.scan(body);
      },
    };

    expect(await scan(racing)).toEqual({ clean: 0, infected: 0, unavailable: false });
    expect(await statusOf(clean)).toEqual({ scanStatus: 'CLEAN', scannedAt: earlier, scanSignature: null });
    expect(await statusOf(infected)).toEqual({ scanStatus: 'INFECTED', scannedAt: earlier, scanSignature: 'Autre.Worker' });
    expect(await infectedAudits(infected)).toEqual([]);
  });

  it('does not let pending files whose object is gone hold back the others, even one file a run', async () => {
    const lost = await uploadPending(cleanPdf);
    const { key } = await db.storedFile.findUniqueOrThrow({ where: { id: lost }, select: { key: true } });
    await storage.delete(key);
    const clean = await uploadPending(cleanPdf);
    await clamd.start();
    // Every PENDING row of the shared database is either ours or has no object in this storage:
    // each try dates a file and sends it to the back, so ours comes up within that many runs.
    const pending = await db.storedFile.count({ where: { scanStatus: 'PENDING' } });
    for (let run = 0; run < pending && (await statusOf(clean)).scanStatus === 'PENDING'; run++) {
      await scanPendingFiles({ scanner, storage, batchSize: 1 });
    }
    expect((await statusOf(clean)).scanStatus).toBe('CLEAN');
    expect((await statusOf(lost)).scanStatus).toBe('PENDING');
  });

  it('leaves a file beyond clamd’s scan limits PENDING (never served, never called a virus) and goes on with the others', async () => {
    const limited = await uploadPending(cleanPdf);
    const clean = await uploadPending(cleanPdf);
    await clamd.start();
    // The oldest try comes first: the first file scanned is `limited`.
    let calls = 0;
    const limiting: Scanner = {
      async scan(body) {
        calls += 1;
        if (calls > 1) return scanner.scan(body);
        body.destroy();
        return { status: 'LIMIT', reason: 'Heuristics.Limits.Exceeded.MaxFileSize' };
      },
    };
    const attempt = new Date('2026-11-03T10:00:00Z');
    expect(await scan(limiting, () => attempt)).toEqual({ clean: 1, infected: 0, unavailable: false });
    expect(await statusOf(limited)).toEqual({ scanStatus: 'PENDING', scannedAt: attempt, scanSignature: null });
    expect((await statusOf(clean)).scanStatus).toBe('CLEAN');
    expect(await infectedAudits(limited)).toEqual([]);
  });

  it('scans NOT_SCANNED files too (sent while no antivirus was configured), served meanwhile; CLEAN and INFECTED rows are left alone', async () => {
    const ids: Record<string, string> = {};
    for (const [name, status, bytes] of [
      ['old-clean', 'NOT_SCANNED', cleanPdf],
      ['old-infected', 'NOT_SCANNED', infectedPdf],
      ['clean', 'CLEAN', infectedPdf],
      ['infected', 'INFECTED', cleanPdf],
    ] as const) {
      const response = await handleUpload(
        uploadRequest({ bytes, name: 'a.pdf', type: 'application/pdf' }),
        { id: ownerId },
        { storage, scanner: null, limits: { maxMb: 20, tmpDir: path.join(dir, 'tmp') } },
      );
      ids[name] = (await response.json()).id;
      await db.storedFile.update({ where: { id: ids[name] }, data: { scanStatus: status } });
    }
    // clamd down: they stay NOT_SCANNED (served as before), the try is dated.
    const attempt = new Date('2026-11-02T10:00:00Z');
    expect(await scan(scanner, () => attempt)).toMatchObject({ clean: 0, infected: 0, unavailable: true });
    expect((await statusOf(ids['old-clean'])).scanStatus).toBe('NOT_SCANNED');

    await clamd.start();
    let scans = 0;
    const counting: Scanner = {
      scan: (body) => {
        scans += 1;
        return scanner.scan(body);
      },
    };
    expect(await scan(counting)).toEqual({ clean: 1, infected: 1, unavailable: false });
    expect(scans).toBe(2);
    expect(await statusOf(ids['old-clean'])).toEqual({ scanStatus: 'CLEAN', scannedAt: expect.any(Date), scanSignature: null });
    expect(await statusOf(ids['old-infected'])).toMatchObject({ scanStatus: 'INFECTED', scanSignature: expect.stringContaining(TEST_SIGNATURE) });
    expect((await statusOf(ids.clean)).scanStatus).toBe('CLEAN');
    expect((await statusOf(ids.infected)).scanStatus).toBe('INFECTED');
    expect(await scan(counting)).toEqual({ clean: 0, infected: 0, unavailable: false });
    expect(scans).toBe(2);
  });

  it('emails the owner of a file found infected after the fact, once, saying what happens next', async () => {
    const owner = await db.user.findUniqueOrThrow({ where: { id: ownerId }, select: { email: true } });
    const infected = await uploadPending(infectedPdf);
    await db.storedFile.update({ where: { id: infected }, data: { originalName: 'Relevé bancaire.pdf' } });
    await clamd.start();
    await scan();
    await scan();
    const emails = await db.outboxEmail.findMany({ where: { to: owner.email, template: 'file-infected' }, select: { subject: true, text: true } });
    expect(emails).toHaveLength(1);
    expect(emails[0].subject).toBe('Un fichier que vous avez envoyé a été bloqué par l’antivirus');
    expect(emails[0].text.replace(/[ \t\r\n]+/g, ' ')).toContain('« Relevé bancaire.pdf »');
    expect(emails[0].text.replace(/[ \t\r\n]+/g, ' ')).toContain('Le service vous demandera un autre fichier');
  });
});
