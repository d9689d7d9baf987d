import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET as preview } from '@/app/api/fichiers/[fileId]/apercu/route';
import { GET as download } from '@/app/api/fichiers/[fileId]/route';
import { onePagePdf } from '@/e2e/fixtures/files/generators';
import { createConfirmedUser } from '@/test/integration/accounts';
import { getFileViewer } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { FileScanStatus } from '@/lib/generated/prisma/client';
import { getStorage } from '@/lib/storage';
import { handleUpload } from './handle-upload';
import { uploadRequest } from '@/test/integration/upload-requests';

// Only the session is replaced, since it comes from a cookie of a real browser.
vi.mock('@/lib/auth/session', () => ({ getFileViewer: vi.fn() }));

const PENDING_MESSAGE = 'Ce fichier est en cours d’analyse antivirus : il pourra être téléchargé dans quelques minutes.';
const INFECTED_MESSAGE = 'Ce fichier a été bloqué : l’antivirus y a détecté un virus.';

let owner: { id: string; email: string };
let pdf: Buffer;
const keys: string[] = [];

async function ownFile(status: FileScanStatus): Promise<string> {
  const response = await handleUpload(uploadRequest({ bytes: pdf, name: 'Justificatif.pdf', type: 'application/pdf' }), owner, { scanner: null });
  expect(response.status).toBe(201);
  const { id } = await response.json();
  const row = await db.storedFile.update({ where: { id }, data: { scanStatus: status }, select: { key: true } });
  keys.push(row.key);
  return id;
}

const call = (route: typeof download, fileId: string) => route(new Request(`${env.APP_URL}/api/fichiers/${fileId}`), { params: Promise.resolve({ fileId }) });
const signIn = (user: { id: string; email: string }) =>
  vi.mocked(getFileViewer).mockResolvedValue({
    id: user.id,
    firstName: 'Jeanne',
    lastName: 'Martin',
    email: user.email,
    role: 'USAGER',
    secondFactorEnrolled: false,
    secondFactorVerified: false,
  });

beforeAll(async () => {
  pdf = Buffer.from(await (await onePagePdf('Attestation')).save());
  owner = await createConfirmedUser();
});
afterEach(() => {
  vi.mocked(getFileViewer).mockReset();
});
afterAll(async () => {
  for (const key of keys) await getStorage().delete(key);
});

describe.each([
  ['GET /api/fichiers/[id]', download],
  ['GET /api/fichiers/[id]/apercu', preview],
])('%s and the antivirus', (_name, route) => {
  it.each([
    ['PENDING', 409, PENDING_MESSAGE],
    ['INFECTED', 403, INFECTED_MESSAGE],
  ] as const)('refuses a %s file to its owner with %i and a French message', async (status, code, message) => {
    signIn(owner);
    const response = await call(route, await ownFile(status));
    expect(response.status).toBe(code);
    expect(await response.json()).toEqual({ error: message });
    expect(response.headers.get('content-disposition')).toBeNull();
  });

  it.each(['CLEAN', 'NOT_SCANNED'] as const)('serves a %s file to its owner', async (status) => {
    signIn(owner);
    const response = await call(route, await ownFile(status));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await response.arrayBuffer()).equals(pdf)).toBe(true);
  });

  it('still answers 404, not the scan status, to someone else', async () => {
    const id = await ownFile('INFECTED');
    signIn(await createConfirmedUser());
    expect((await call(route, id)).status).toBe(404);
  });
});
