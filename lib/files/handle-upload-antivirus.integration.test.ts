import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createConfirmedUser } from '@/test/integration/accounts';
import { startTestAntivirus } from '@/test/integration/antivirus';
import type { Scanner } from '@/lib/antivirus/clamd-scanner';
import { db } from '@/lib/db';
import { createFsDriver } from '@/lib/storage/fs-driver';
import type { StorageDriver } from '@/lib/storage/types';
import { type RunningClamd, startClamd, TEST_SIGNATURE } from '@/test/clamd-server';
import { createClamdScanner } from '@/lib/antivirus/clamd-scanner';
import { handleUpload } from './handle-upload';
import { uploadRequest } from '@/test/integration/upload-requests';

let clamd: RunningClamd;
let scanner: Scanner;
let cleanPdf: Buffer;
let infectedPdf: Buffer;

let dir: string;
let storage: StorageDriver;
let viewer: { id: string };

const tmpDir = () => path.join(dir, 'tmp');
const upload = (bytes: Buffer, withScanner: Scanner | null = scanner) =>
  handleUpload(uploadRequest({ bytes, name: 'Justificatif.pdf', type: 'application/pdf' }), viewer, {
    storage,
    scanner: withScanner,
    limits: { maxMb: 20, tmpDir: tmpDir() },
  });

async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const object of storage.list('files/')) keys.push(object.key);
  return keys;
}

beforeAll(async () => {
  ({ clamd, scanner, cleanPdf, infectedPdf } = await startTestAntivirus());
});
afterAll(async () => {
  await clamd?.remove();
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'guichet-upload-av-'));
  storage = createFsDriver(path.join(dir, 'files'));
  viewer = await createConfirmedUser();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await clamd.start();
  await rm(dir, { recursive: true, force: true });
});

describe('handleUpload with the antivirus', () => {
  it('refuses a PDF carrying EICAR with 422 and the French message, keeps nothing, and audits it', async () => {
    const response = await upload(infectedPdf);
    expect(response.status).toBe(422);
    const { error } = await response.json();
    expect(error).toMatch(/^L’antivirus a détecté un virus dans ce fichier/);

    expect(await db.storedFile.count({ where: { ownerId: viewer.id } })).toBe(0);
    expect(await storedKeys()).toEqual([]);
    expect(await readdir(tmpDir()).catch(() => [])).toEqual([]);
    const audits = await db.auditLog.findMany({ where: { actorId: viewer.id }, select: { action: true, details: true } });
    expect(audits).toEqual([{ action: 'file.infected', details: { signature: expect.stringContaining(TEST_SIGNATURE) } }]);
  });

  it('stores a clean PDF as CLEAN, with the time of the scan', async () => {
    const before = new Date();
    const response = await upload(cleanPdf);
    expect(response.status).toBe(201);
    const { id } = await response.json();
    const row = await db.storedFile.findUniqueOrThrow({ where: { id }, select: { key: true, scanStatus: true, scannedAt: true, scanSignature: true } });
    expect(row).toMatchObject({ scanStatus: 'CLEAN', scanSignature: null });
    expect(row.scannedAt!.getTime()).toBeGreaterThanOrEqual(before.getTime() - 1_000);
    expect(await storedKeys()).toEqual([row.key]);
    expect(await readdir(tmpDir())).toEqual([]);
  });

  it('keeps the file PENDING while clamd is stopped, an infected one too (the worker scans it later)', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await clamd.stop();
    for (const bytes of [cleanPdf, infectedPdf]) {
      const response = await upload(bytes);
      expect(response.status).toBe(201);
      const { id } = await response.json();
      expect(await db.storedFile.findUniqueOrThrow({ where: { id }, select: { scanStatus: true, scanSignature: true } })).toEqual({
        scanStatus: 'PENDING',
        scanSignature: null,
      });
    }
    expect(warn).toHaveBeenCalledTimes(2);
    expect(await storedKeys()).toHaveLength(2);
    expect(await readdir(tmpDir())).toEqual([]);
  });

  it('refuses a file beyond the antivirus’ scan limits with 422 and says so, without calling it a virus', async () => {
    const limited = await startClamd(undefined, { MaxFileSize: '2K', MaxScanSize: '2K' });
    try {
      const big = Buffer.concat([cleanPdf, Buffer.alloc(8 * 1024, 0x20)]);
      const response = await upload(big, createClamdScanner({ host: '127.0.0.1', port: limited.port }));
      expect([response.status, (await response.json()).error]).toEqual([
        422,
        'L’antivirus n’a pas pu analyser ce fichier : il dépasse ses limites d’analyse (taille ou contenu compressé). Enregistrez-le de nouveau au format PDF (« Imprimer », puis « Enregistrer au format PDF ») ou allégez-le, puis déposez-le de nouveau.',
      ]);
      expect(await storedKeys()).toEqual([]);
      expect(await readdir(tmpDir()).catch(() => [])).toEqual([]);
      const audits = await db.auditLog.findMany({ where: { actorId: viewer.id }, select: { action: true, details: true } });
      expect(audits).toEqual([{ action: 'file.refused', details: { code: 'scan-limit', reason: expect.stringMatching(/^Heuristics\.Limits\.Exceeded/) } }]);
    } finally {
      await limited.remove();
    }
  });

  it('records NOT_SCANNED when no antivirus is configured (scanner null)', async () => {
    const response = await upload(infectedPdf, null);
    expect(response.status).toBe(201);
    const { id } = await response.json();
    expect(await db.storedFile.findUniqueOrThrow({ where: { id }, select: { scanStatus: true, scannedAt: true } })).toEqual({
      scanStatus: 'NOT_SCANNED',
      scannedAt: null,
    });
  });
});
