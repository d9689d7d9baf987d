import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createConfirmedUser } from '@/test/integration/accounts';
import { createDepositedDossier, createStoredFile } from '@/test/integration/follow-up';
import { createProfileWithMember } from '@/test/integration/profiles';
import { listPendingTasks, TASKS_SHOWN } from './list-pending-tasks';

describe('listPendingTasks (« Mon compte » → « À faire »)', () => {
  it('is empty for a new account', async () => {
    const user = await createConfirmedUser();
    const tasks = await listPendingTasks(user);
    expect([tasks.complements.total, tasks.rejectedAttachments.total, tasks.newDocuments.total, tasks.drafts.total]).toEqual([0, 0, 0, 0]);
    expect(tasks.recentDossiers).toEqual([]);
  });

  it('lists compléments requested, rejected justificatifs still replaceable, unread documents and own drafts', async () => {
    const user = await createConfirmedUser();
    const asked = await createDepositedDossier({ applicantId: user.id, status: 'COMPLEMENT_DEMANDE' });
    const rejected = await createDepositedDossier({ applicantId: user.id, status: 'EN_INSTRUCTION', review: 'REJETE', reviewMessage: 'Illisible' });
    await createDepositedDossier({ applicantId: user.id, status: 'REFUSE', review: 'REJETE' });
    const draft = await createDepositedDossier({ applicantId: user.id, status: 'BROUILLON' });
    const unread = await createStoredFile(user.id, { attached: true });
    const read = await createStoredFile(user.id, { attached: true });
    await db.issuedDocument.createMany({
      data: [
        { title: 'Notification', fileId: unread.id, recipientUserId: user.id, sentById: user.id },
        { title: 'Déjà lu', fileId: read.id, recipientUserId: user.id, sentById: user.id, readAt: new Date() },
      ],
    });

    const dueAt = new Date('2026-12-21T22:59:59.999Z');
    await db.dossier.update({ where: { id: asked.dossier.id }, data: { complementDueAt: dueAt } });

    const tasks = await listPendingTasks(user);
    expect(tasks.complements.items.map((dossier) => dossier.id)).toEqual([asked.dossier.id]);
    // The date to answer by, shown with the task.
    expect(tasks.complements.items[0].complementDueAt).toEqual(dueAt);
    // The justificatif of a decided dossier can no longer be replaced: not a task.
    expect(tasks.rejectedAttachments.items).toEqual([
      expect.objectContaining({ id: rejected.attachmentId, documentLabel: expect.any(String), dossier: expect.objectContaining({ id: rejected.dossier.id }) }),
    ]);
    expect(tasks.rejectedAttachments.items[0].documentLabel).toBe('Relevé d’identité bancaire');
    expect(tasks.newDocuments.items.map((document) => document.title)).toEqual(['Notification']);
    expect(tasks.drafts.items.map((dossier) => dossier.id)).toEqual([draft.dossier.id]);
    expect(tasks.recentDossiers.map((dossier) => dossier.id)).not.toContain(draft.dossier.id);
  });

  it('counts a full list (the page says how many more), and gives a shorter one its length', async () => {
    const user = await createConfirmedUser();
    for (let i = 0; i < TASKS_SHOWN + 2; i++) await createDepositedDossier({ applicantId: user.id, status: 'BROUILLON' });
    for (let i = 0; i < TASKS_SHOWN; i++) await createDepositedDossier({ applicantId: user.id, status: 'COMPLEMENT_DEMANDE' });
    await createDepositedDossier({ applicantId: user.id, status: 'EN_INSTRUCTION', review: 'REJETE' });

    const tasks = await listPendingTasks(user);
    expect([tasks.drafts.items.length, tasks.drafts.total]).toEqual([TASKS_SHOWN, TASKS_SHOWN + 2]);
    expect([tasks.complements.items.length, tasks.complements.total]).toEqual([TASKS_SHOWN, TASKS_SHOWN]);
    expect([tasks.rejectedAttachments.items.length, tasks.rejectedAttachments.total]).toEqual([1, 1]);
    expect([tasks.newDocuments.items.length, tasks.newDocuments.total]).toEqual([0, 0]);
  });

  it('shows a profile’s deposited dossier to its members, but never another person’s draft or dossier', async () => {
    const { admin, member, profileId } = await createProfileWithMember();
    const stranger = await createConfirmedUser();
    const shared = await createDepositedDossier({ applicantId: admin.id, profileId, status: 'COMPLEMENT_DEMANDE' });
    await createDepositedDossier({ applicantId: admin.id, profileId, status: 'BROUILLON' });

    const memberTasks = await listPendingTasks(member);
    expect(memberTasks.complements.items.map((dossier) => dossier.id)).toEqual([shared.dossier.id]);
    expect(memberTasks.drafts.total).toBe(0);

    const strangerTasks = await listPendingTasks(stranger);
    expect(strangerTasks.complements.total).toBe(0);
    expect(strangerTasks.recentDossiers).toEqual([]);
  });
});
