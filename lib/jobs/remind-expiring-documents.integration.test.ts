import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { listExpiringDocuments } from '@/lib/profile-documents/list-expiring-documents';
import { findEmails } from '@/test/integration/accounts';
import { addDocument } from '@/test/integration/profile-documents';
import { createProfileWithMember } from '@/test/integration/profiles';
import { remindExpiringDocuments } from './remind-expiring-documents';

// Far in the future, so that no other test's document is due at these instants.
const at = (iso: string) => () => new Date(iso);
const TEMPLATE = 'profile-document-expiring';

describe('remindExpiringDocuments', () => {
  it('emails the administrators once, 30 days before « Valable jusqu’au », and « À faire » shows it', async () => {
    const { admin, member, profileId } = await createProfileWithMember();
    const accounts = await addDocument(admin.id, profileId, 'COMPTES_APPROUVES', 'comptes-2029.pdf', '30/06/2091');
    await addDocument(admin.id, profileId, 'RIB', 'rib.pdf');

    await remindExpiringDocuments({ now: at('2091-05-01T10:00:00Z') });
    expect(await findEmails(admin.email, TEMPLATE)).toHaveLength(0);

    // Two workers at once, then again later: one email all the same.
    await Promise.all([remindExpiringDocuments({ now: at('2091-06-05T10:00:00Z') }), remindExpiringDocuments({ now: at('2091-06-05T10:00:00Z') })]);
    await remindExpiringDocuments({ now: at('2091-06-20T10:00:00Z') });
    const emails = await findEmails(admin.email, TEMPLATE);
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain('Derniers comptes approuvés');
    expect(emails[0].text).toContain('30 juin 2091');
    expect(emails[0].text).toContain(`/mon-compte/profils/${profileId}/documents`);
    // A member who is not an administrator cannot replace it: no email, nothing to do.
    expect(await findEmails(member.email, TEMPLATE)).toHaveLength(0);
    expect(await db.profileDocument.findUniqueOrThrow({ where: { id: accounts.id }, select: { expiryReminderSentAt: true } })).toEqual({
      expiryReminderSentAt: new Date('2091-06-05T10:00:00Z'),
    });

    const todo = await listExpiringDocuments(admin.id, new Date('2091-06-05T10:00:00Z'));
    expect(todo.items.map((item) => [item.type, item.profile.id])).toEqual([['COMPTES_APPROUVES', profileId]]);
    expect((await listExpiringDocuments(member.id, new Date('2091-06-05T10:00:00Z'))).total).toBe(0);
    expect((await listExpiringDocuments(admin.id, new Date('2091-05-01T10:00:00Z'))).total).toBe(0);

    // The new version has its own reminder; the replaced one is out of « À faire ».
    await addDocument(admin.id, profileId, 'COMPTES_APPROUVES', 'comptes-2030.pdf', '30/06/2092');
    expect((await listExpiringDocuments(admin.id, new Date('2091-06-05T10:00:00Z'))).total).toBe(0);
    await remindExpiringDocuments({ now: at('2092-06-10T10:00:00Z') });
    expect(await findEmails(admin.email, TEMPLATE)).toHaveLength(2);
  });
});
