import { describe, expect, it } from 'vitest';
import { createConfirmedUser, findEmails, uniqueIp } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { SHARE_KEY_FAILURES } from '@/lib/security/throttle';
import { createShareKey } from './create-share-key';
import { getProfileComposition } from './get-profile-composition';
import { ADMIN_ONLY, PROFILE_NOT_FOUND } from './profile-access';
import { auditRows, context, createProfileWithAdmin, createProfileWithMember, issueKey, joinInput } from '@/test/integration/profiles';
import { ALREADY_MEMBER, INVALID_SHARE_KEY, redeemShareKey } from './redeem-share-key';
import { KEY_NOT_REVOCABLE, revokeShareKey } from './revoke-share-key';
import { generateShareKey } from './share-key-code';

const invalidKey = { ok: false, message: INVALID_SHARE_KEY, fieldErrors: { key: [INVALID_SHARE_KEY] } };

describe('creating a share key', () => {
  it('adds a « Nouvelle » key valid 30 days, created by the administrator, and journals it without the key', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const { id, key } = await issueKey(admin.id, profileId);

    expect(key).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/);
    const composition = await getProfileComposition(admin.id, profileId);
    expect(composition?.shareKeys).toEqual([
      expect.objectContaining({ id, key, status: 'NOUVELLE', createdBy: 'Jeanne Martin', activatedAt: null, activatedBy: null }),
    ]);
    const row = composition!.shareKeys![0];
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBe(30 * 24 * 60 * 60 * 1000);

    const audit = await auditRows('share-key.create', admin.id);
    expect(audit).toEqual([expect.objectContaining({ targetType: 'ShareKey', targetId: id, details: { profileId } })]);
    expect(JSON.stringify(audit)).not.toContain(key.slice(0, 9));
  });

  it('is refused to a member who is not an administrator, and to a non-member', async () => {
    const { member, profileId } = await createProfileWithMember();
    const outsider = await createConfirmedUser();

    expect(await createShareKey(member.id, { profileId }, context())).toEqual({ ok: false, message: ADMIN_ONLY });
    expect(await createShareKey(outsider.id, { profileId }, context())).toEqual({ ok: false, message: PROFILE_NOT_FOUND });
    expect(await db.shareKey.count({ where: { profileId } })).toBe(1);
    expect(await auditRows('profile.access-denied', member.id)).toEqual([
      expect.objectContaining({ targetId: profileId, details: { attempted: 'share-key.create', reason: 'not-admin' } }),
    ]);
  });

  it('is not shown to members who are not administrators', async () => {
    const { member, profileId } = await createProfileWithMember();
    const composition = await getProfileComposition(member.id, profileId);
    expect(composition?.shareKeys).toBeNull();
    expect(composition?.members).toHaveLength(2);
  });
});

describe('redeeming a share key', () => {
  it('makes the person a member with the declared function, activates the key and tells every administrator', async () => {
    const { admin, profileId } = await createProfileWithAdmin('Club de Lecture');
    const { id, key } = await issueKey(admin.id, profileId);
    const joiner = await db.user.update({
      where: { id: (await createConfirmedUser()).id },
      data: { firstName: 'Dominique', lastName: 'Bernard' },
    });

    const typed = key.toLowerCase().replaceAll('-', ' ');
    expect(typed).not.toBe(key);
    const result = await redeemShareKey(joiner.id, { ...joinInput(key, 'AUTRE'), functionDetail: 'Webmestre' }, context());
    expect(result).toEqual({ ok: true, data: { profileId } });

    const membership = await db.membership.findUniqueOrThrow({ where: { profileId_userId: { profileId, userId: joiner.id } } });
    expect(membership).toMatchObject({ function: 'AUTRE', functionDetail: 'Webmestre', isAdmin: false, shareKeyId: id });

    const composition = await getProfileComposition(admin.id, profileId);
    expect(composition?.shareKeys?.[0]).toMatchObject({
      status: 'ACTIVEE',
      activatedBy: 'Dominique Bernard',
      activatedAt: expect.any(Date),
    });

    const emails = await findEmails(admin.email, 'member-joined');
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain('Dominique Bernard');
    expect((await db.outboxEmail.findFirstOrThrow({ where: { to: admin.email, template: 'member-joined' } })).subject).toBe(
      'Dominique Bernard a rejoint Club de Lecture',
    );
    expect(await findEmails(joiner.email)).toEqual([]);
    expect(await auditRows('share-key.redeem', joiner.id)).toEqual([expect.objectContaining({ targetId: id, details: { profileId } })]);
  });

  it('tells every administrator, and only them', async () => {
    const { admin, member, profileId, memberMembershipId } = await createProfileWithMember();
    await db.membership.update({ where: { id: memberMembershipId }, data: { isAdmin: true } });
    const plain = await createConfirmedUser();
    await redeemShareKey(plain.id, joinInput((await issueKey(admin.id, profileId)).key), context());
    const joiner = await createConfirmedUser();
    await redeemShareKey(joiner.id, joinInput((await issueKey(admin.id, profileId)).key), context());

    expect(await findEmails(admin.email, 'member-joined')).toHaveLength(3);
    expect(await findEmails(member.email, 'member-joined')).toHaveLength(2);
    expect(await findEmails(plain.email, 'member-joined')).toHaveLength(0);
  });

  it('lets exactly one of two people redeeming the same key at once join', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const { id, key } = await issueKey(admin.id, profileId);
    const [first, second] = await Promise.all([createConfirmedUser(), createConfirmedUser()]);

    const results = await Promise.all([redeemShareKey(first.id, joinInput(key), context()), redeemShareKey(second.id, joinInput(key), context())]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([invalidKey]);
    expect(await db.membership.count({ where: { shareKeyId: id } })).toBe(1);
    expect(await db.membership.count({ where: { profileId } })).toBe(2);
    expect(await findEmails(admin.email, 'member-joined')).toHaveLength(1);
  });

  it('refuses a used, revoked, expired or unknown key with one message', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const used = await issueKey(admin.id, profileId);
    await redeemShareKey((await createConfirmedUser()).id, joinInput(used.key), context());
    const revoked = await issueKey(admin.id, profileId);
    expect(await revokeShareKey(admin.id, { profileId, shareKeyId: revoked.id }, context())).toEqual({ ok: true });
    const expired = await issueKey(admin.id, profileId);
    await db.shareKey.update({ where: { id: expired.id }, data: { expiresAt: new Date(Date.now() - 1000) } });

    const joiner = await createConfirmedUser();
    for (const key of [used.key, revoked.key, expired.key, generateShareKey()]) {
      expect(await redeemShareKey(joiner.id, joinInput(key), context()), key).toEqual(invalidKey);
    }
    expect(await db.membership.count({ where: { userId: joiner.id } })).toBe(0);
    const refusals = await auditRows('share-key.redeem-refused', joiner.id);
    // Rows written in the same millisecond have no order: compare the reasons as a set.
    expect(refusals.map((row) => (row.details as { reason: string }).reason).sort()).toEqual(['activee', 'expiree', 'revoquee', 'unknown']);

    const composition = await getProfileComposition(admin.id, profileId);
    expect(Object.fromEntries(composition!.shareKeys!.map((row) => [row.id, row.status]))).toEqual({
      [used.id]: 'ACTIVEE',
      [revoked.id]: 'REVOQUEE',
      [expired.id]: 'EXPIREE',
    });
  });

  it('says so to someone who is already a member, and leaves the key usable', async () => {
    const { admin, member, profileId } = await createProfileWithMember();
    const { id, key } = await issueKey(admin.id, profileId);

    expect(await redeemShareKey(member.id, joinInput(key), context())).toEqual({ ok: false, message: ALREADY_MEMBER });
    expect(await redeemShareKey(admin.id, joinInput(key), context())).toEqual({ ok: false, message: ALREADY_MEMBER });
    expect((await db.shareKey.findUniqueOrThrow({ where: { id } })).activatedAt).toBeNull();
    expect((await redeemShareKey((await createConfirmedUser()).id, joinInput(key), context())).ok).toBe(true);
  });

  it(`stops an account after ${SHARE_KEY_FAILURES.perHour} wrong keys in an hour, even for a good key`, async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const { key } = await issueKey(admin.id, profileId);
    const guesser = await createConfirmedUser();
    for (let attempt = 0; attempt < SHARE_KEY_FAILURES.perHour; attempt += 1) {
      expect(await redeemShareKey(guesser.id, joinInput(generateShareKey()), context())).toEqual(invalidKey);
    }
    const throttled = await redeemShareKey(guesser.id, joinInput(key), context());
    expect(throttled).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Trop de clés de partage refusées\. Réessayez dans (1 heure|\d+ minutes)\.$/),
    });
    expect(await db.membership.count({ where: { userId: guesser.id } })).toBe(0);
    // Another person is not affected.
    expect((await redeemShareKey((await createConfirmedUser()).id, joinInput(key), context())).ok).toBe(true);
  });

  it(`stops an IP after ${SHARE_KEY_FAILURES.perHour} wrong keys, whatever the account`, async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const { key } = await issueKey(admin.id, profileId);
    const ip = uniqueIp();
    for (let attempt = 0; attempt < SHARE_KEY_FAILURES.perHour; attempt += 1) {
      await redeemShareKey((await createConfirmedUser()).id, joinInput(generateShareKey()), { ip });
    }
    const fresh = await createConfirmedUser();
    expect((await redeemShareKey(fresh.id, joinInput(key), { ip })).ok).toBe(false);
    expect((await redeemShareKey(fresh.id, joinInput(key), { ip: uniqueIp() })).ok).toBe(true);
  });
});

describe('revoking a share key', () => {
  it('revokes a « Nouvelle » key once, and journals it', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const { id } = await issueKey(admin.id, profileId);
    expect(await revokeShareKey(admin.id, { profileId, shareKeyId: id }, context())).toEqual({ ok: true });
    expect(await revokeShareKey(admin.id, { profileId, shareKeyId: id }, context())).toEqual({ ok: false, message: KEY_NOT_REVOCABLE });
    expect(await auditRows('share-key.revoke', admin.id)).toEqual([expect.objectContaining({ targetId: id })]);
  });

  it('cannot revoke a key that was activated', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    const { id, key } = await issueKey(admin.id, profileId);
    await redeemShareKey((await createConfirmedUser()).id, joinInput(key), context());
    expect(await revokeShareKey(admin.id, { profileId, shareKeyId: id }, context())).toEqual({ ok: false, message: KEY_NOT_REVOCABLE });
    expect((await db.shareKey.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });

  it('is refused to a member who is not an administrator, to a non-member, and across profiles', async () => {
    const { admin, member, profileId } = await createProfileWithMember();
    const { id } = await issueKey(admin.id, profileId);
    const other = await createProfileWithAdmin();

    expect(await revokeShareKey(member.id, { profileId, shareKeyId: id }, context())).toEqual({ ok: false, message: ADMIN_ONLY });
    expect(await revokeShareKey(other.admin.id, { profileId, shareKeyId: id }, context())).toEqual({
      ok: false,
      message: PROFILE_NOT_FOUND,
    });
    // The other profile's administrator naming their own profile with this key.
    expect(await revokeShareKey(other.admin.id, { profileId: other.profileId, shareKeyId: id }, context())).toEqual({
      ok: false,
      message: KEY_NOT_REVOCABLE,
    });
    expect((await db.shareKey.findUniqueOrThrow({ where: { id } })).revokedAt).toBeNull();
  });
});
