import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { deleteAccount, deleteAccountWithFranceConnect, OTHER_FRANCECONNECT_IDENTITY } from '@/lib/accounts/delete-account';
import { parseEnv } from '@/lib/env-schema';
import { reopenInstruction } from '@/lib/instruction/reopen-instruction';
import { createFsDriver } from '@/lib/storage/fs-driver';
import { newFileKey } from '@/lib/storage/keys';
import { createS3Driver } from '@/lib/storage/s3-driver';
import type { StorageDriver } from '@/lib/storage/types';
import { startS3rver, type RunningS3rver } from '@/test/s3rver-server';
import { createAttachment, createDossier, recordDossierEvent } from '@/test/factories/dossiers';
import { createProcedure } from '@/test/factories/procedures';
import { createProfile, createProfileDocument, createShareKey } from '@/test/factories/profiles';
import { createUser } from '@/test/factories/users';
import { createConfirmedUser, findEmails, GOOD_PASSWORD, uniqueIp } from '@/test/integration/accounts';
import { ANONYMOUS_APPLICANT_ID } from './anonymous-applicant';
import { applyRetention } from './apply-retention';
import { daysAfter, monthsAfter, retentionConfigFrom } from './retention-rules';

// Each rule with an injected clock: `now` moves forward, the rows stay as the factories wrote them.
// The database is shared with the earlier files of this worker: assertions look at this test's rows.

const config = retentionConfigFrom(parseEnv({}));
const context = () => ({ ip: uniqueIp() });

type Drivers = { name: string; make: () => Promise<{ storage: StorageDriver; stop: () => Promise<void> }> };
const drivers: Drivers[] = [
  {
    name: 'fs',
    make: async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'guichet-retention-'));
      return { storage: createFsDriver(path.join(dir, 'files')), stop: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 's3',
    make: async () => {
      const server: RunningS3rver = await startS3rver();
      return { storage: createS3Driver(server.config), stop: server.stop };
    },
  },
];

async function storedObject(storage: StorageDriver, ownerId: string): Promise<{ id: string; key: string }> {
  const key = newFileKey();
  await storage.put(key, Readable.from([Buffer.from(`contenu ${key}`)]), { contentType: 'application/pdf' });
  return db.storedFile.create({
    data: { key, originalName: 'piece.pdf', mime: 'application/pdf', size: 10, sha256: 'a'.repeat(64), ownerId, attachedAt: new Date(), scanStatus: 'CLEAN' },
    select: { id: true, key: true },
  });
}

describe.each(drivers)('retention with the $name storage', ({ make }) => {
  let storage: StorageDriver;
  let stop: () => Promise<void>;
  beforeAll(async () => {
    ({ storage, stop } = await make());
  });
  afterAll(async () => {
    await stop?.();
  });

  const run = (now: Date, batchSize?: number) => applyRetention({ now, config, storage, batchSize });
  const hasObject = async (key: string) => (await storage.head(key)) !== null;

  async function draftWithFile(updatedAt: Date) {
    const user = await createConfirmedUser();
    const procedure = await createProcedure(db, { title: 'Aide au permis de conduire' });
    const draft = await createDossier(db, procedure, { applicantId: user.id, status: 'BROUILLON', updatedAt, answers: { 'nom-du-projet': 'Permis' } });
    const file = await storedObject(storage, user.id);
    await createAttachment(db, { dossierId: draft.id, documentId: 'rib', fileId: file.id });
    return { user, draft, file };
  }

  it('drafts: one reminder before the delay, deletion with their files after it, nothing early, idempotent', async () => {
    const t0 = new Date();
    const { user, draft, file } = await draftWithFile(t0);
    const exists = async () => (await db.dossier.count({ where: { id: draft.id } })) === 1;
    const reminders = async () => (await findEmails(user.email, 'draft-expiring')).length;

    await run(monthsAfter(t0, 5));
    expect([await exists(), await reminders()]).toEqual([true, 0]);

    const reminderDay = daysAfter(monthsAfter(t0, config.draftMonths), -config.draftReminderDays + 1);
    await run(reminderDay);
    await run(reminderDay);
    expect([await exists(), await reminders()]).toEqual([true, 1]);
    expect((await findEmails(user.email, 'draft-expiring'))[0].text).toContain('Aide au permis de conduire');

    // The delay has passed but the reminder is younger than the notice: kept.
    await run(daysAfter(monthsAfter(t0, config.draftMonths), -1));
    expect(await exists()).toBe(true);

    const counts = await run(daysAfter(reminderDay, config.draftReminderDays));
    expect(counts.draftsDeleted).toBeGreaterThanOrEqual(1);
    expect(await exists()).toBe(false);
    expect(await db.storedFile.count({ where: { id: file.id } })).toBe(0);
    expect(await hasObject(file.key)).toBe(false);

    expect((await run(daysAfter(reminderDay, config.draftReminderDays))).draftsDeleted).toBe(0);
    expect(await reminders()).toBe(1);
  });

  it('drafts: past the delay without a reminder (worker stopped), the reminder comes first and the full notice follows', async () => {
    const t0 = new Date();
    const { user, draft, file } = await draftWithFile(t0);
    const late = daysAfter(monthsAfter(t0, config.draftMonths), 5);
    await run(late);
    expect(await db.dossier.count({ where: { id: draft.id } })).toBe(1);
    expect((await findEmails(user.email, 'draft-expiring')).length).toBe(1);
    await run(daysAfter(late, config.draftReminderDays - 1));
    expect(await db.dossier.count({ where: { id: draft.id } })).toBe(1);
    await run(daysAfter(late, config.draftReminderDays));
    expect(await db.dossier.count({ where: { id: draft.id } })).toBe(0);
    expect(await hasObject(file.key)).toBe(false);
  });

  it('drafts: a change after the reminder postpones the deletion and earns a new reminder', async () => {
    const t0 = new Date();
    const { user, draft } = await draftWithFile(t0);
    const reminderDay = daysAfter(monthsAfter(t0, config.draftMonths), -config.draftReminderDays + 1);
    await run(reminderDay);
    const edited = daysAfter(reminderDay, 1);
    await db.$executeRaw`UPDATE "Dossier" SET "updatedAt" = ${edited}::timestamp(3) WHERE id = ${draft.id}::uuid`;
    await run(daysAfter(monthsAfter(t0, config.draftMonths), 5));
    expect(await db.dossier.count({ where: { id: draft.id } })).toBe(1);
    await run(daysAfter(monthsAfter(edited, config.draftMonths), -config.draftReminderDays + 1));
    expect((await findEmails(user.email, 'draft-expiring')).length).toBe(2);
  });

  it('deposited dossiers: anonymised when the démarche’s « Durée de conservation » ends, not before', async () => {
    const applicant = await createConfirmedUser();
    const agent = await createUser(db, { role: 'INSTRUCTEUR' });
    const procedure = await createProcedure(db, { title: 'Subvention culture' });
    await db.procedure.update({ where: { id: procedure.id }, data: { retentionMonths: 24 } });
    const decidedAt = new Date();
    const profile = await createProfile(db, { members: [{ userId: applicant.id, isAdmin: true }] });
    const dossier = await createDossier(db, procedure, {
      applicantId: applicant.id,
      profileId: profile.id,
      status: 'ACCEPTE',
      decidedAt,
      answers: { 'nom-du-projet': 'Festival' },
    });
    const file = await storedObject(storage, applicant.id);
    await createAttachment(db, { dossierId: dossier.id, documentId: 'rib', fileId: file.id });
    const receipt = await storedObject(storage, applicant.id);
    await db.dossier.update({ where: { id: dossier.id }, data: { receiptFileId: receipt.id } });
    await db.dossierMessage.create({ data: { dossierId: dossier.id, authorId: applicant.id, fromAgent: false, body: 'Mon RIB est joint.' } });
    await db.dossierNote.create({ data: { dossierId: dossier.id, authorId: agent.id, body: 'Appelé le président.' } });
    await recordDossierEvent(db, { dossierId: dossier.id, actorId: applicant.id, type: 'submitted', message: 'Déposé par Jeanne' });

    await run(daysAfter(monthsAfter(decidedAt, 24), -1));
    expect((await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).anonymizedAt).toBeNull();
    expect(await hasObject(file.key)).toBe(true);

    const end = daysAfter(monthsAfter(decidedAt, 24), 1);
    expect((await run(end)).dossiersAnonymised).toBeGreaterThanOrEqual(1);
    const row = await db.dossier.findUniqueOrThrow({
      where: { id: dossier.id },
      include: { attachments: true, messages: true, notes: true, events: true },
    });
    expect(row).toMatchObject({
      applicantId: ANONYMOUS_APPLICANT_ID,
      answers: {},
      status: 'ACCEPTE',
      receiptFileId: null,
      attachments: [],
      messages: [],
      notes: [],
    });
    expect(row.anonymizedAt).not.toBeNull();
    expect(row.events.map((e) => [e.type, e.actorId, e.message])).toEqual([['submitted', null, null]]);
    for (const key of [file.key, receipt.key]) expect(await hasObject(key)).toBe(false);
    expect(await db.storedFile.count({ where: { id: { in: [file.id, receipt.id] } } })).toBe(0);
    // The applicant's account is untouched: only this dossier left it.
    expect(await db.user.findUniqueOrThrow({ where: { id: applicant.id }, select: { deletedAt: true } })).toEqual({ deletedAt: null });

    // Kept for the statistics only: no act of the services applies to it any more.
    const admin = await createUser(db, { role: 'ADMIN' });
    expect(await reopenInstruction({ id: admin.id, role: 'ADMIN' }, dossier.id, row.version, 'Erreur de décision')).toMatchObject({ ok: false });
    expect((await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).status).toBe('ACCEPTE');

    expect((await run(end)).dossiersAnonymised).toBe(0);
  });

  it('a porte-documents file shared with other dossiers outlives the anonymised one', async () => {
    const applicant = await createConfirmedUser();
    const procedure = await createProcedure(db, { title: 'Subvention sport' });
    await db.procedure.update({ where: { id: procedure.id }, data: { retentionMonths: 12 } });
    const profile = await createProfile(db, { members: [{ userId: applicant.id, isAdmin: true }] });
    const rib = await storedObject(storage, applicant.id);
    await createProfileDocument(db, { profileId: profile.id, fileId: rib.id, addedById: applicant.id, type: 'RIB' });
    const decidedAt = new Date();
    const old = await createDossier(db, procedure, { applicantId: applicant.id, profileId: profile.id, status: 'ACCEPTE', decidedAt });
    const recent = await createDossier(db, procedure, { applicantId: applicant.id, profileId: profile.id, status: 'DEPOSE' });
    await createAttachment(db, { dossierId: old.id, documentId: 'rib', fileId: rib.id });
    await createAttachment(db, { dossierId: recent.id, documentId: 'rib', fileId: rib.id });

    expect((await run(daysAfter(monthsAfter(decidedAt, 12), 1))).dossiersAnonymised).toBeGreaterThanOrEqual(1);
    expect(await db.attachment.count({ where: { dossierId: old.id } })).toBe(0);
    // Still the association's RIB and still in the dossier being instructed: neither row nor object goes.
    expect(await db.storedFile.count({ where: { id: rib.id } })).toBe(1);
    expect(await hasObject(rib.key)).toBe(true);
    expect(await db.attachment.count({ where: { dossierId: recent.id, fileId: rib.id } })).toBe(1);
  });

  it('two workers at once: each dossier anonymised once, each reminder sent once', async () => {
    const applicant = await createConfirmedUser();
    const procedure = await createProcedure(db, { title: 'Bourse' });
    const decidedAt = new Date();
    const dossiers = [];
    for (let i = 0; i < 4; i += 1) {
      dossiers.push(await createDossier(db, procedure, { applicantId: applicant.id, status: 'REFUSE', decidedAt }));
      await createDossier(db, procedure, { applicantId: applicant.id, status: 'BROUILLON', updatedAt: decidedAt });
    }
    const end = daysAfter(monthsAfter(decidedAt, config.dossierMonths), 1);
    // Small batches, two runs at a time, until there is nothing left (rows of earlier tests compete too).
    for (let round = 0; round < 50; round += 1) {
      const results = await Promise.all([run(end, 2), run(end, 2)]);
      if (results.every((r) => r.dossiersAnonymised === 0 && r.draftReminders === 0)) break;
    }
    expect(await db.dossier.count({ where: { id: { in: dossiers.map((d) => d.id) }, anonymizedAt: null } })).toBe(0);
    expect((await findEmails(applicant.email, 'draft-expiring')).length).toBe(4);
  });

  // Years ahead, every account of this worker's shared database is inactive too: one batch must
  // hold them all, or this test's account may wait for a later run.
  const runEverything = (now: Date) => run(now, 100_000);

  it('inactive accounts: a warning once, deletion as « Supprimer mon compte » if nothing happens within the notice', async () => {
    const user = await createConfirmedUser();
    const signedIn = new Date();
    await db.user.update({ where: { id: user.id }, data: { lastSignInAt: signedIn } });
    const procedure = await createProcedure(db, { title: 'Aide aux vacances' });
    const draft = await createDossier(db, procedure, { applicantId: user.id, status: 'BROUILLON', updatedAt: monthsAfter(signedIn, 40) });
    const inactiveDay = daysAfter(monthsAfter(signedIn, config.inactiveAccountMonths), 1);

    await runEverything(daysAfter(inactiveDay, -2));
    expect(await findEmails(user.email, 'account-inactive')).toEqual([]);
    await runEverything(inactiveDay);
    await runEverything(inactiveDay);
    expect((await findEmails(user.email, 'account-inactive')).length).toBe(1);

    await runEverything(daysAfter(inactiveDay, config.inactiveNoticeDays - 1));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();

    await runEverything(daysAfter(inactiveDay, config.inactiveNoticeDays));
    const erased = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(erased).toMatchObject({ firstName: 'Compte', lastName: 'supprimé', email: `supprime-${user.id}@compte.invalid`, passwordHash: '!' });
    expect(erased.disabledAt).not.toBeNull();
    expect(await db.dossier.count({ where: { id: draft.id } })).toBe(0);
    expect((await findEmails(user.email, 'account-deleted')).length).toBe(1);
  });

  it('inactive accounts: signing in after the warning keeps the account', async () => {
    const user = await createConfirmedUser();
    const signedIn = new Date();
    await db.user.update({ where: { id: user.id }, data: { lastSignInAt: signedIn } });
    const inactiveDay = daysAfter(monthsAfter(signedIn, config.inactiveAccountMonths), 1);
    await runEverything(inactiveDay);
    expect((await findEmails(user.email, 'account-inactive')).length).toBe(1);
    await db.user.update({ where: { id: user.id }, data: { lastSignInAt: daysAfter(inactiveDay, 2) } });
    await runEverything(daysAfter(inactiveDay, config.inactiveNoticeDays + 1));
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();
  });
});

describe('« Supprimer mon compte »', () => {
  let storage: StorageDriver;
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'guichet-delete-account-'));
    storage = createFsDriver(path.join(dir, 'files'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('asks the password, deletes drafts and their files, keeps deposited dossiers with the name until their retention ends', async () => {
    const user = await createConfirmedUser();
    const procedure = await createProcedure(db, { title: 'Aide au sport' });
    const draft = await createDossier(db, procedure, { applicantId: user.id, status: 'BROUILLON' });
    const draftFile = await storedObject(storage, user.id);
    await createAttachment(db, { dossierId: draft.id, documentId: 'rib', fileId: draftFile.id });
    const decidedAt = new Date();
    const deposited = await createDossier(db, procedure, { applicantId: user.id, status: 'ACCEPTE', decidedAt });
    const profile = await createProfile(db, { members: [{ userId: user.id, isAdmin: true }] });

    expect(await deleteAccount(user.id, 'mauvais-mot-de-passe', context(), { storage })).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();

    expect(await deleteAccount(user.id, GOOD_PASSWORD, context(), { storage })).toEqual({ ok: true });
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(row).toMatchObject({
      firstName: 'Jeanne',
      lastName: 'Martin',
      email: `supprime-${user.id}@compte.invalid`,
      sessionVersion: user.sessionVersion + 1,
    });
    expect(row.disabledAt).not.toBeNull();
    expect(await db.dossier.count({ where: { id: draft.id } })).toBe(0);
    expect(await storage.head(draftFile.key)).toBeNull();
    expect(await db.dossier.findUniqueOrThrow({ where: { id: deposited.id }, select: { applicantId: true } })).toEqual({ applicantId: user.id });
    expect(await db.membership.count({ where: { profileId: profile.id } })).toBe(0);
    const [email] = await findEmails(user.email, 'account-deleted');
    expect(email.text).toContain(`jusqu’au`);

    // The retention of the deposited dossier ends: the dossier is anonymised and the name erased.
    await applyRetention({ now: daysAfter(monthsAfter(decidedAt, config.dossierMonths), 1), config, storage });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { firstName: true, lastName: true } })).toEqual({
      firstName: 'Compte',
      lastName: 'supprimé',
    });
  });

  it('with FranceConnect instead of the password: only for the identity bound to the account', async () => {
    const user = await createConfirmedUser();
    await db.user.update({ where: { id: user.id }, data: { franceConnectSub: `sub-${user.id}` } });
    expect(await deleteAccountWithFranceConnect(user.id, 'sub-de-quelqu-un-d-autre', context(), { storage })).toMatchObject({
      ok: false,
      message: OTHER_FRANCECONNECT_IDENTITY,
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();
    expect(await deleteAccountWithFranceConnect(user.id, `sub-${user.id}`, context(), { storage })).toEqual({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { franceConnectSub: true, disabledAt: true } })).toMatchObject({
      franceConnectSub: null,
      disabledAt: expect.any(Date),
    });
  });

  it('refuses the only administrator of a profile with other members, as leaving it does', async () => {
    const user = await createConfirmedUser();
    const other = await createConfirmedUser();
    const profile = await createProfile(db, { name: 'Les Amis du Moulin', members: [{ userId: user.id, isAdmin: true }, { userId: other.id }] });
    const result = await deleteAccount(user.id, GOOD_PASSWORD, context(), { storage });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining('Les Amis du Moulin') });
    expect(await db.membership.count({ where: { profileId: profile.id } })).toBe(2);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).deletedAt).toBeNull();
  });
});

describe('purges of records whose purpose has ended', () => {
  it('empties old email bodies and spent share keys, deletes spent throttles, strips then deletes old audit rows', async () => {
    const now = new Date();
    const user = await createConfirmedUser();
    const to = `purge-${user.id}@exemple.test`;
    await db.outboxEmail.create({ data: { template: 'password-changed', to, subject: 'S', html: '<p>corps</p>', text: 'corps', status: 'SENT', sentAt: now } });
    await db.outboxEmail.create({ data: { template: 'password-changed', to, subject: 'P', html: '<p>en attente</p>', text: 'en attente', status: 'PENDING' } });
    const profile = await createProfile(db, { members: [{ userId: user.id, isAdmin: true }] });
    const fresh = await createShareKey(db, { profileId: profile.id, createdById: user.id, expiresAt: daysAfter(now, 60) });
    const revoked = await createShareKey(db, { profileId: profile.id, createdById: user.id, expiresAt: daysAfter(now, 60) });
    await db.shareKey.update({ where: { id: revoked.id }, data: { revokedAt: now } });
    await db.$executeRaw`INSERT INTO rate_limits (key, points, expire) VALUES (${`test-${user.id}`}, 3, ${BigInt(now.getTime() + 1000)}), (${`test-live-${user.id}`}, 3, ${BigInt(now.getTime() + 365 * 86_400_000)})`;
    const audit = await db.auditLog.create({ data: { actorId: user.id, action: 'login.success', ip: '198.51.100.1', details: { reason: 'x' } } });

    const later = daysAfter(now, config.outboxDays + 1);
    await applyRetention({ now: later, config });
    const bodies = await db.outboxEmail.findMany({ where: { to }, orderBy: { subject: 'asc' }, select: { subject: true, html: true, text: true } });
    expect(bodies).toEqual([
      { subject: 'P', html: '<p>en attente</p>', text: 'en attente' },
      { subject: 'S', html: '', text: '' },
    ]);
    expect(await db.shareKey.findUniqueOrThrow({ where: { id: revoked.id }, select: { key: true } })).toEqual({ key: '' });
    expect((await db.shareKey.findUniqueOrThrow({ where: { id: fresh.id }, select: { key: true } })).key).not.toBe('');
    expect(await db.rateLimit.count({ where: { key: { in: [`test-${user.id}`, `test-live-${user.id}`] } } })).toBe(1);
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: audit.id }, select: { ip: true } })).toEqual({ ip: '198.51.100.1' });

    await applyRetention({ now: daysAfter(monthsAfter(now, config.auditDetailsMonths), 1), config });
    expect(await db.auditLog.findUniqueOrThrow({ where: { id: audit.id }, select: { action: true, ip: true, details: true } })).toEqual({
      action: 'login.success',
      ip: null,
      details: null,
    });
    await applyRetention({ now: daysAfter(monthsAfter(now, config.auditMonths), 1), config });
    expect(await db.auditLog.count({ where: { id: audit.id } })).toBe(0);
    expect(await db.retentionRun.count()).toBeGreaterThanOrEqual(3);
  });
});
