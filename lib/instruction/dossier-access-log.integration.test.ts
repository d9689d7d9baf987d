import { createHash, randomBytes } from 'node:crypto';
import { Readable } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET as downloadArchive } from '@/app/api/archives/[exportId]/route';
import { GET as previewFile } from '@/app/api/fichiers/[fileId]/apercu/route';
import { GET as downloadFile } from '@/app/api/fichiers/[fileId]/route';
import { getFileViewer, type SessionUser } from '@/lib/auth/session';
import { requestPersonalDataExport } from '@/lib/data-exports/request-data-export';
import { db } from '@/lib/db';
import { env } from '@/lib/env';
import type { Role } from '@/lib/generated/prisma/client';
import { buildDataExports } from '@/lib/jobs/build-data-exports';
import { getStorage } from '@/lib/storage';
import { newFileKey } from '@/lib/storage/keys';
import { createAttachment, createDossier } from '@/test/factories/dossiers';
import { assignInstructor, createProcedure, uniqueWord } from '@/test/factories/procedures';
import { createUser } from '@/test/factories/users';
import {
  NotAnAdministratorError,
  PAGE_ACCESS_WINDOW_MS,
  readDossierAccessLog,
  recordDossierFileAccess,
  recordDossierPageAccess,
  unsafeListServiceConsultations,
} from './dossier-access-log';

// Only the session is replaced, since it comes from a cookie of a real browser (as in lib/files/download-route.integration.test.ts).
vi.mock('@/lib/auth/session', () => ({ getFileViewer: vi.fn() }));

const MINUTE = 60 * 1000;
const T0 = new Date('2026-12-07T09:00:00.000Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

async function agentWithDossier() {
  const applicant = await createUser(db);
  const instructeur = await createUser(db, { role: 'INSTRUCTEUR', firstName: 'Iris', lastName: 'Instruit' });
  const admin = await createUser(db, { role: 'ADMIN', firstName: 'Adèle', lastName: 'Admin' });
  const procedure = await createProcedure(db, { title: `Aide ${uniqueWord()}` });
  await assignInstructor(db, instructeur.id, [procedure.id]);
  const dossier = await createDossier(db, procedure, { applicantId: applicant.id });
  return { applicant, instructeur, admin, dossier };
}

const signIn = (user: { id: string; email: string; role: Role }) =>
  vi.mocked(getFileViewer).mockResolvedValue({
    id: user.id,
    firstName: 'Camille',
    lastName: 'Martin',
    email: user.email,
    role: user.role,
    secondFactorEnrolled: user.role !== 'USAGER',
    secondFactorVerified: user.role !== 'USAGER',
  } as SessionUser);

afterEach(() => {
  vi.mocked(getFileViewer).mockReset();
});

describe('the agents’ access log', () => {
  it('keeps one page row per agent and dossier within a few minutes, and every download', async () => {
    const { instructeur, admin, dossier } = await agentWithDossier();
    await recordDossierPageAccess(instructeur.id, dossier.id, T0);
    await recordDossierPageAccess(instructeur.id, dossier.id, at(MINUTE));
    await recordDossierPageAccess(admin.id, dossier.id, at(2 * MINUTE));
    await recordDossierPageAccess(instructeur.id, dossier.id, at(MINUTE + PAGE_ACCESS_WINDOW_MS));
    await recordDossierFileAccess(instructeur.id, dossier.id, '00000000-0000-4000-8000-000000000001', at(3 * MINUTE));
    await recordDossierFileAccess(instructeur.id, dossier.id, '00000000-0000-4000-8000-000000000001', at(3 * MINUTE));
    const rows = await db.dossierAccess.findMany({
      where: { dossierId: dossier.id },
      orderBy: { createdAt: 'asc' },
      select: { agentId: true, kind: true, createdAt: true },
    });
    expect(rows).toEqual([
      { agentId: instructeur.id, kind: 'PAGE', createdAt: T0 },
      { agentId: admin.id, kind: 'PAGE', createdAt: at(2 * MINUTE) },
      { agentId: instructeur.id, kind: 'FILE', createdAt: at(3 * MINUTE) },
      { agentId: instructeur.id, kind: 'FILE', createdAt: at(3 * MINUTE) },
      { agentId: instructeur.id, kind: 'PAGE', createdAt: at(MINUTE + PAGE_ACCESS_WINDOW_MS) },
    ]);
  });

  it('is read by administrators only, with who, when and which file', async () => {
    const { instructeur, admin, dossier, applicant } = await agentWithDossier();
    const file = await db.storedFile.create({
      data: {
        key: newFileKey(),
        originalName: 'rib.pdf',
        mime: 'application/pdf',
        size: 1,
        sha256: 'a'.repeat(64),
        ownerId: applicant.id,
        scanStatus: 'CLEAN',
      },
      select: { id: true },
    });
    await recordDossierPageAccess(instructeur.id, dossier.id, T0);
    await recordDossierFileAccess(instructeur.id, dossier.id, file.id, at(MINUTE));
    await expect(readDossierAccessLog({ role: 'INSTRUCTEUR' }, dossier.id)).rejects.toBeInstanceOf(NotAnAdministratorError);
    await expect(readDossierAccessLog({ role: 'USAGER' }, dossier.id)).rejects.toBeInstanceOf(NotAnAdministratorError);
    const log = await readDossierAccessLog({ role: admin.role }, dossier.id);
    expect(log.map(({ kind, fileName, agent, createdAt }) => ({ kind, fileName, agent: agent.lastName, createdAt }))).toEqual([
      { kind: 'FILE', fileName: 'rib.pdf', agent: 'Instruit', createdAt: at(MINUTE) },
      { kind: 'PAGE', fileName: null, agent: 'Instruit', createdAt: T0 },
    ]);
  });

  it('shows the applicant one « consulted » date a day, without names, only when the Département enables it', async () => {
    const { instructeur, admin, dossier } = await agentWithDossier();
    await recordDossierPageAccess(instructeur.id, dossier.id, T0);
    await recordDossierPageAccess(admin.id, dossier.id, at(30 * MINUTE));
    await recordDossierPageAccess(instructeur.id, dossier.id, at(26 * 60 * MINUTE));
    expect(await unsafeListServiceConsultations(dossier.id, false)).toEqual([]);
    expect(await unsafeListServiceConsultations(dossier.id, true)).toEqual([T0, at(26 * 60 * MINUTE)]);
  });

  it('logs an agent’s download or preview of a dossier’s file, never the applicant’s own', async () => {
    const { applicant, instructeur, dossier } = await agentWithDossier();
    const bytes = randomBytes(100);
    const key = newFileKey();
    await getStorage().put(key, Readable.from([bytes]), { contentType: 'application/pdf' });
    const file = await db.storedFile.create({
      data: {
        key,
        originalName: 'rib.pdf',
        mime: 'application/pdf',
        size: bytes.length,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        ownerId: applicant.id,
        scanStatus: 'CLEAN',
      },
      select: { id: true },
    });
    await createAttachment(db, { dossierId: dossier.id, documentId: 'rib', fileId: file.id });
    const call = (route: typeof downloadFile) => route(new Request(`${env.APP_URL}/api/fichiers/${file.id}`), { params: Promise.resolve({ fileId: file.id }) });

    signIn(applicant);
    expect((await call(downloadFile)).status).toBe(200);
    signIn(instructeur);
    expect((await call(downloadFile)).status).toBe(200);
    expect((await call(previewFile)).status).toBe(200);
    const rows = await db.dossierAccess.findMany({ where: { dossierId: dossier.id }, select: { agentId: true, kind: true, fileId: true } });
    expect(rows).toEqual([
      { agentId: instructeur.id, kind: 'FILE', fileId: file.id },
      { agentId: instructeur.id, kind: 'FILE', fileId: file.id },
    ]);
    await getStorage().delete(key);
  });
});

describe('GET /api/archives/[exportId]', () => {
  it('serves the archive to its requester signed in; anyone else gets the same 404 as for a missing one', async () => {
    const owner = await createUser(db);
    const stranger = await createUser(db);
    await requestPersonalDataExport(owner.id, { ip: '198.51.100.8' });
    await buildDataExports({ now: () => new Date() });
    const archive = await db.dataExport.findFirstOrThrow({ where: { requesterId: owner.id }, select: { id: true, size: true, key: true } });
    const call = (exportId: string) => downloadArchive(new Request(`${env.APP_URL}/api/archives/${exportId}`), { params: Promise.resolve({ exportId }) });

    vi.mocked(getFileViewer).mockResolvedValue(null);
    expect((await call(archive.id)).status).toBe(401);
    signIn(owner);
    const response = await call(archive.id);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="guichet-mes-donnees-\d{4}-\d{2}-\d{2}\.zip"/);
    expect((await response.arrayBuffer()).byteLength).toBe(Number(archive.size));

    signIn(stranger);
    const refused = await call(archive.id);
    const missing = await call('00000000-0000-4000-8000-000000000000');
    expect([refused.status, missing.status]).toEqual([404, 404]);
    expect(await refused.json()).toEqual(await missing.json());
    await getStorage().delete(archive.key!);
  });
});
