import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable, Transform } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import {
  EXPORT_ALREADY_PENDING,
  MAX_EXPORTS_PER_DAY,
  requestPersonalDataExport,
  requestProfileDataExport,
  TOO_MANY_EXPORTS,
} from '@/lib/data-exports/request-data-export';
import { findDownloadableExport, listDataExports } from '@/lib/data-exports/list-data-exports';
import { db } from '@/lib/db';
import { ADMIN_ONLY, PROFILE_NOT_FOUND } from '@/lib/profiles/profile-access';
import { createS3Driver } from '@/lib/storage/s3-driver';
import { createFsDriver } from '@/lib/storage/fs-driver';
import { EXPORTS_PREFIX, newFileKey } from '@/lib/storage/keys';
import type { StorageDriver } from '@/lib/storage/types';
import { createAttachment, createDossier, recordDossierEvent } from '@/test/factories/dossiers';
import { createProcedure, uniqueWord } from '@/test/factories/procedures';
import { createProfile } from '@/test/factories/profiles';
import { createUser } from '@/test/factories/users';
import { findEmails } from '@/test/integration/accounts';
import { startS3rver, type RunningS3rver } from '@/test/s3rver-server';
import { buildDataExports, MAX_BUILD_ATTEMPTS, purgeExpiredDataExports } from './build-data-exports';

const DAY = 24 * 60 * 60 * 1000;
const context = { ip: '198.51.100.7' };
const T0 = new Date('2026-12-07T10:00:00.000Z');
const at = (ms: number) => () => new Date(T0.getTime() + ms);

let dir: string;
let fsStorage: StorageDriver;
let s3: RunningS3rver;

beforeAll(async () => {
  s3 = await startS3rver();
});
afterAll(async () => {
  await s3?.stop();
});
beforeEach(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'guichet-exports-'));
  fsStorage = createFsDriver(path.join(dir, 'files'));
  // Only this file makes archives: each test starts with none waiting.
  await db.dataExport.deleteMany({});
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A file as an upload leaves it: its object in `storage`, its row with the real SHA-256. */
async function storedFile(storage: StorageDriver, ownerId: string, name: string, bytes = randomBytes(50_000)) {
  const key = newFileKey();
  await storage.put(key, Readable.from([bytes]), { contentType: 'application/pdf' });
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const row = await db.storedFile.create({
    data: { key, originalName: name, mime: 'application/pdf', size: bytes.length, sha256, ownerId, scanStatus: 'CLEAN', attachedAt: new Date() },
    select: { id: true, key: true },
  });
  return { ...row, bytes };
}

/** An applicant with a decided dossier: answers, a justificatif, the services' message with a file, a private note. */
async function applicantWithDossier(storage: StorageDriver) {
  const applicant = await createUser(db, { firstName: 'Jeanne', lastName: 'Export' });
  const agent = await createUser(db, { role: 'INSTRUCTEUR', firstName: 'Agathe', lastName: 'Instructrice' });
  const procedure = await createProcedure(db, {
    title: `Aide ${uniqueWord()}`,
    fields: [{ id: 'nom-du-projet', type: 'text', label: 'Nom du projet', required: true }],
    documents: [{ id: 'rib', label: 'Relevé d’identité bancaire', required: true }],
  });
  const dossier = await createDossier(db, procedure, {
    applicantId: applicant.id,
    status: 'ACCEPTE',
    answers: { 'nom-du-projet': 'Fête du lavoir' },
    decidedAt: T0,
  });
  const rib = await storedFile(storage, applicant.id, 'rib.pdf');
  await createAttachment(db, { dossierId: dossier.id, documentId: 'rib', fileId: rib.id });
  await recordDossierEvent(db, {
    dossierId: dossier.id,
    actorId: agent.id,
    type: 'decision',
    fromStatus: 'EN_INSTRUCTION',
    toStatus: 'ACCEPTE',
    message: 'Projet retenu',
  });
  const letter = await storedFile(storage, agent.id, 'courrier.pdf');
  await db.dossierMessage.create({
    data: { dossierId: dossier.id, authorId: agent.id, fromAgent: true, body: 'Voici le courrier.', files: { create: [{ fileId: letter.id }] } },
  });
  await db.dossierNote.create({ data: { dossierId: dossier.id, authorId: agent.id, body: 'Note privée à ne jamais exporter' } });
  await db.auditLog.create({ data: { actorId: applicant.id, action: 'login.success', ip: '203.0.113.9', createdAt: T0 } });
  return { applicant, agent, dossier, rib, letter };
}

async function readStream(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Every entry of the archive, by name. */
async function unzip(storage: StorageDriver, key: string): Promise<Map<string, Buffer>> {
  const zip = await readStream(await storage.get(key));
  const zipfile = await new Promise<yauzl.ZipFile>((resolve, reject) =>
    yauzl.fromBuffer(zip, { lazyEntries: true }, (error, file) => (error ? reject(error) : resolve(file))),
  );
  const entries = new Map<string, Buffer>();
  await new Promise<void>((resolve, reject) => {
    zipfile.on('entry', (entry: yauzl.Entry) => {
      zipfile.openReadStream(entry, (error, stream) => {
        if (error) return reject(error);
        readStream(stream).then((bytes) => {
          entries.set(entry.fileName, bytes);
          zipfile.readEntry();
        }, reject);
      });
    });
    zipfile.on('end', resolve);
    zipfile.on('error', reject);
    zipfile.readEntry();
  });
  return entries;
}

const exportOf = (requesterId: string) => db.dataExport.findFirstOrThrow({ where: { requesterId }, orderBy: { createdAt: 'desc' } });

describe.each([
  ['fs', () => fsStorage],
  ['s3', () => createS3Driver(s3.config)],
])('« Télécharger mes données » on the %s storage', (_driver, storageOf) => {
  it('builds a ZIP with a readable donnees.json and my files byte for byte, emails me, then is purged after 7 days', async () => {
    const storage = storageOf();
    const { applicant, dossier, rib, letter } = await applicantWithDossier(storage);
    expect(await requestPersonalDataExport(applicant.id, context)).toEqual({ ok: true });
    expect(await requestPersonalDataExport(applicant.id, context)).toMatchObject({ ok: false, message: EXPORT_ALREADY_PENDING });

    expect(await buildDataExports({ storage, now: at(0) })).toEqual({ ready: 1, failed: 0, retried: 0 });
    const row = await exportOf(applicant.id);
    expect(row).toMatchObject({ status: 'READY', expiresAt: new Date(T0.getTime() + 7 * DAY) });
    expect(row.key?.startsWith(`${EXPORTS_PREFIX}${row.id}/`)).toBe(true);
    expect((await storage.head(row.key!))?.size).toBe(Number(row.size));

    const entries = await unzip(storage, row.key!);
    const data = JSON.parse(entries.get('donnees.json')!.toString('utf8'));
    expect(data.compte).toMatchObject({ prenom: 'Jeanne', nom: 'Export' });
    expect(data.historiqueDeConnexion).toEqual([{ date: T0.toISOString(), evenement: 'Connexion réussie', adresseIp: '203.0.113.9' }]);
    const [mine] = data.dossiers;
    expect(mine).toMatchObject({
      numero: dossier.number,
      statut: 'Accepté',
      decision: { decision: 'Accepté', motif: 'Projet retenu' },
      reponses: [{ question: 'Nom du projet', reponse: 'Fête du lavoir' }],
      justificatifs: [{ document: 'Relevé d’identité bancaire', nomDuFichier: 'rib.pdf', fichier: `fichiers/${dossier.number}/rib.pdf` }],
      echanges: [{ de: 'Les services', message: 'Voici le courrier.', fichiers: [{ fichier: `fichiers/${dossier.number}/courrier.pdf` }] }],
    });
    expect(mine.historique.map((event: { par: string }) => event.par)).toEqual(['Les services']);
    expect(entries.get(`fichiers/${dossier.number}/rib.pdf`)?.equals(rib.bytes)).toBe(true);
    expect(entries.get(`fichiers/${dossier.number}/courrier.pdf`)?.equals(letter.bytes)).toBe(true);
    const text = entries.get('donnees.json')!.toString('utf8');
    for (const secret of ['Note privée', 'Agathe', 'Instructrice', 'passwordHash', 'not-a-hash']) expect(text).not.toContain(secret);

    const emails = await findEmails(applicant.email, 'data-export-ready');
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain('/mon-compte/donnees-personnelles#mes-donnees');

    // 7 days for me only; then the same « absent » for everyone, and the worker deletes it.
    const stranger = await createUser(db);
    expect(await findDownloadableExport(applicant.id, row.id, at(7 * DAY - 1000)())).toMatchObject({ key: row.key, mime: 'application/zip' });
    expect(await findDownloadableExport(stranger.id, row.id, at(0)())).toBeNull();
    expect(await findDownloadableExport(applicant.id, row.id, at(7 * DAY + 1000)())).toBeNull();
    expect(await purgeExpiredDataExports({ storage, now: at(6 * DAY) })).toEqual({ rows: 0, objects: 0 });
    expect(await purgeExpiredDataExports({ storage, now: at(7 * DAY + 1000) })).toEqual({ rows: 1, objects: 1 });
    expect(await storage.head(row.key!)).toBeNull();
    expect(await db.dataExport.count({ where: { id: row.id } })).toBe(0);
    expect(await purgeExpiredDataExports({ storage, now: at(8 * DAY) })).toEqual({ rows: 0, objects: 0 });
  });

  it('two workers at once build each archive once, with one email each', async () => {
    const storage = storageOf();
    const people = await Promise.all([1, 2, 3].map(() => createUser(db)));
    for (const person of people) await requestPersonalDataExport(person.id, context);
    const reports = await Promise.all([buildDataExports({ storage, now: at(0) }), buildDataExports({ storage, now: at(0) })]);
    expect(reports.reduce((sum, report) => sum + report.ready, 0)).toBe(3);
    for (const person of people) {
      expect((await exportOf(person.id)).status).toBe('READY');
      expect(await findEmails(person.email, 'data-export-ready')).toHaveLength(1);
    }
    const objects: string[] = [];
    for await (const object of storage.list(EXPORTS_PREFIX)) objects.push(object.key);
    const keys = await db.dataExport.findMany({ where: { requesterId: { in: people.map((person) => person.id) } }, select: { key: true } });
    expect(objects.sort()).toEqual(keys.map((row) => row.key).sort());
  });
});

describe('building an archive', () => {
  it('streams: a file is opened only when its turn comes, and the archive reaches the storage before the last file is read', async () => {
    const { applicant } = await applicantWithDossier(fsStorage);
    await requestPersonalDataExport(applicant.id, context);
    const events: string[] = [];
    const spy: StorageDriver = {
      ...fsStorage,
      get: async (key) => {
        events.push(`get ${key}`);
        const body = await fsStorage.get(key);
        body.on('end', () => events.push(`end ${key}`));
        return body;
      },
      put: (key, body, options) => {
        let first = true;
        const tap = new Transform({
          transform(chunk, _encoding, callback) {
            if (first) events.push('first archive bytes');
            first = false;
            callback(null, chunk);
          },
        });
        body.on('error', (error) => tap.destroy(error));
        return fsStorage.put(key, body.pipe(tap), options);
      },
    };
    expect((await buildDataExports({ storage: spy, now: at(0) })).ready).toBe(1);
    const gets = events.filter((event) => event.startsWith('get'));
    expect(gets).toHaveLength(2);
    // One file at a time: the second is opened after the first has been read to its end.
    const [first, second] = gets.map((event) => event.slice(4));
    expect(events.indexOf(`get ${second}`)).toBeGreaterThan(events.indexOf(`end ${first}`));
    expect(events.indexOf('first archive bytes')).toBeLessThan(events.indexOf(`get ${second}`));
  });

  it('fails rather than deliver a file that changed since it was sent, keeps nothing, and gives up after the last attempt', async () => {
    const { applicant, rib } = await applicantWithDossier(fsStorage);
    await fsStorage.put(rib.key, Readable.from([Buffer.from('autre contenu')]), { contentType: 'application/pdf' });
    await requestPersonalDataExport(applicant.id, context);
    for (let attempt = 1; attempt <= MAX_BUILD_ATTEMPTS; attempt += 1) {
      const report = await buildDataExports({ storage: fsStorage, now: at(attempt * 20 * 60 * 1000) });
      expect(report).toEqual(attempt < MAX_BUILD_ATTEMPTS ? { ready: 0, failed: 0, retried: 1 } : { ready: 0, failed: 1, retried: 0 });
    }
    expect(await exportOf(applicant.id)).toMatchObject({ status: 'FAILED', key: null });
    const objects: string[] = [];
    for await (const object of fsStorage.list(EXPORTS_PREFIX)) objects.push(object.key);
    expect(objects).toEqual([]);
    expect(await findEmails(applicant.email, 'data-export-ready')).toEqual([]);
  });

  it('a worker whose lease was taken over throws its archive away: the row keeps the other one', async () => {
    const applicant = await createUser(db);
    await requestPersonalDataExport(applicant.id, context);
    // The first worker claims, then stalls past its lease (simulated: its lease is expired in the row).
    const slow = buildDataExports({
      storage: {
        ...fsStorage,
        put: async (key, body, options) => {
          await db.dataExport.updateMany({ where: { requesterId: applicant.id }, data: { lockedUntil: at(-1000)() } });
          await buildDataExports({ storage: fsStorage, now: at(0) });
          return fsStorage.put(key, body, options);
        },
      },
      now: at(0),
    });
    expect((await slow).ready).toBe(0);
    const row = await exportOf(applicant.id);
    expect(row.status).toBe('READY');
    const objects: string[] = [];
    for await (const object of fsStorage.list(EXPORTS_PREFIX)) objects.push(object.key);
    expect(objects).toEqual([row.key]);
    expect(await findEmails(applicant.email, 'data-export-ready')).toHaveLength(1);
  });
});

describe('asking for an archive', () => {
  it('allows a few a day: one waiting at a time, and no more than the daily number', async () => {
    const person = await createUser(db);
    for (let n = 1; n <= MAX_EXPORTS_PER_DAY; n += 1) {
      expect(await requestPersonalDataExport(person.id, context)).toEqual({ ok: true });
      expect(await requestPersonalDataExport(person.id, context)).toMatchObject({ ok: false, message: EXPORT_ALREADY_PENDING });
      await buildDataExports({ storage: fsStorage });
    }
    expect(await requestPersonalDataExport(person.id, context)).toMatchObject({ ok: false, message: TOO_MANY_EXPORTS });
    expect(await db.auditLog.count({ where: { actorId: person.id, action: 'data-export.requested' } })).toBe(MAX_EXPORTS_PER_DAY);
  });
});

describe('an association’s archive', () => {
  it('is for its administrators: a member is refused, a stranger told it does not exist; only the requester downloads it', async () => {
    const admin = await createUser(db);
    const otherAdmin = await createUser(db);
    const member = await createUser(db);
    const stranger = await createUser(db);
    const profile = await createProfile(db, {
      name: 'Les Amis du Lavoir',
      members: [
        { userId: admin.id, isAdmin: true, function: 'PRESIDENT' },
        { userId: otherAdmin.id, isAdmin: true },
        { userId: member.id, function: 'TRESORIER' },
      ],
    });
    expect(await requestProfileDataExport(member.id, profile.id, context)).toMatchObject({ ok: false, message: ADMIN_ONLY });
    expect(await requestProfileDataExport(stranger.id, profile.id, context)).toMatchObject({ ok: false, message: PROFILE_NOT_FOUND });
    expect(await requestProfileDataExport(admin.id, profile.id, context)).toEqual({ ok: true });
    expect(await buildDataExports({ storage: fsStorage, now: at(0) })).toMatchObject({ ready: 1 });

    const row = await exportOf(admin.id);
    const data = JSON.parse((await unzip(fsStorage, row.key!)).get('donnees.json')!.toString('utf8'));
    expect(data.profil.nom).toBe('Les Amis du Lavoir');
    expect(data.membres.map((m: { fonction: string }) => m.fonction)).toEqual(['Président(e)', 'Membre', 'Trésorier(ère)']);
    expect((await findEmails(admin.email, 'data-export-ready'))[0].text).toContain(`/mon-compte/profils/${profile.id}/informations#mes-donnees`);

    expect(await findDownloadableExport(admin.id, row.id, at(0)())).toMatchObject({ originalName: 'guichet-donnees-les-amis-du-lavoir-2026-12-07.zip' });
    for (const other of [otherAdmin, member, stranger]) expect(await findDownloadableExport(other.id, row.id, at(0)())).toBeNull();
    expect(await listDataExports(otherAdmin.id, profile.id, at(0)())).toEqual([]);
    // No longer an administrator: the archive is no longer theirs to take.
    await db.membership.updateMany({ where: { profileId: profile.id, userId: admin.id }, data: { isAdmin: false } });
    expect(await findDownloadableExport(admin.id, row.id, at(0)())).toBeNull();
  });
});
