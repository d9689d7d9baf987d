import { describe, expect, it } from 'vitest';
import { createConfirmedUser } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { memberFunctionSchema } from '@/lib/validation/profile';
import { MEMBER_NOT_FOUND } from './find-profile-member';
import { LAST_ADMIN_CANNOT_LEAVE, leaveProfile } from './leave-profile';
import { ADMIN_ONLY, PROFILE_NOT_FOUND } from './profile-access';
import { auditRows, context, createProfileWithAdmin, createProfileWithMember } from '@/test/integration/profiles';
import { promoteMember } from './promote-member';
import { removeMember, USE_LEAVE_INSTEAD } from './remove-member';
import { updateMemberFunction } from './update-member-function';

function functionInput(profileId: string, membershipId: string, fn = 'SECRETAIRE', functionDetail = '') {
  return memberFunctionSchema.parse({ profileId, membershipId, function: fn, functionDetail });
}

const membership = (id: string) => db.membership.findUnique({ where: { id }, select: { isAdmin: true, function: true, functionDetail: true } });

describe('administrator actions on members', () => {
  it('« Nommer administrateur » gives the member the administrator rights', async () => {
    const { admin, profileId, memberMembershipId } = await createProfileWithMember();
    expect(await promoteMember(admin.id, { profileId, membershipId: memberMembershipId }, context())).toEqual({ ok: true });
    expect(await membership(memberMembershipId)).toMatchObject({ isAdmin: true });
    expect(await auditRows('membership.promote', admin.id)).toEqual([expect.objectContaining({ targetId: memberMembershipId })]);
  });

  it('changes a member’s function', async () => {
    const { admin, profileId, memberMembershipId } = await createProfileWithMember();
    expect(await updateMemberFunction(admin.id, functionInput(profileId, memberMembershipId, 'AUTRE', 'Archiviste'), context())).toEqual({
      ok: true,
    });
    expect(await membership(memberMembershipId)).toMatchObject({ function: 'AUTRE', functionDetail: 'Archiviste' });
    expect(await auditRows('membership.update', admin.id)).toHaveLength(1);
  });

  it('« Retirer du profil » removes a member, but not oneself', async () => {
    const { admin, profileId, memberMembershipId, adminMembershipId } = await createProfileWithMember();
    expect(await removeMember(admin.id, { profileId, membershipId: adminMembershipId }, context())).toEqual({
      ok: false,
      message: USE_LEAVE_INSTEAD,
    });
    expect(await removeMember(admin.id, { profileId, membershipId: memberMembershipId }, context())).toEqual({ ok: true });
    expect(await membership(memberMembershipId)).toBeNull();
    expect(await auditRows('membership.remove', admin.id)).toEqual([expect.objectContaining({ targetId: memberMembershipId })]);
  });

  it('are all refused to a member who is not an administrator, and change nothing', async () => {
    const { member, profileId, adminMembershipId, memberMembershipId } = await createProfileWithMember();
    const target = { profileId, membershipId: adminMembershipId };

    expect(await promoteMember(member.id, { profileId, membershipId: memberMembershipId }, context())).toEqual({
      ok: false,
      message: ADMIN_ONLY,
    });
    expect(await updateMemberFunction(member.id, functionInput(profileId, adminMembershipId), context())).toEqual({
      ok: false,
      message: ADMIN_ONLY,
    });
    expect(await removeMember(member.id, target, context())).toEqual({ ok: false, message: ADMIN_ONLY });

    expect(await membership(memberMembershipId)).toMatchObject({ isAdmin: false });
    expect(await membership(adminMembershipId)).toEqual({ isAdmin: true, function: 'PRESIDENT', functionDetail: null });
    const denied = await auditRows('profile.access-denied', member.id);
    expect(denied.map((row) => (row.details as { attempted: string }).attempted).sort()).toEqual([
      'membership.promote',
      'membership.remove',
      'membership.update',
    ]);
  });

  it('are all refused to a non-member, with the same answer as for an unknown profile', async () => {
    const { profileId, adminMembershipId } = await createProfileWithMember();
    const outsider = await createConfirmedUser();
    const target = { profileId, membershipId: adminMembershipId };

    expect(await promoteMember(outsider.id, target, context())).toEqual({ ok: false, message: PROFILE_NOT_FOUND });
    expect(await updateMemberFunction(outsider.id, functionInput(profileId, adminMembershipId), context())).toEqual({
      ok: false,
      message: PROFILE_NOT_FOUND,
    });
    expect(await removeMember(outsider.id, target, context())).toEqual({ ok: false, message: PROFILE_NOT_FOUND });
    expect(await leaveProfile(outsider.id, { profileId }, context())).toEqual({ ok: false, message: PROFILE_NOT_FOUND });
    expect(await removeMember(outsider.id, { profileId: crypto.randomUUID(), membershipId: adminMembershipId }, context())).toEqual({
      ok: false,
      message: PROFILE_NOT_FOUND,
    });
    expect(await membership(adminMembershipId)).toMatchObject({ isAdmin: true });
  });

  it('cannot reach a member of another profile through one’s own', async () => {
    const { memberMembershipId } = await createProfileWithMember();
    const other = await createProfileWithAdmin();
    const target = { profileId: other.profileId, membershipId: memberMembershipId };

    expect(await promoteMember(other.admin.id, target, context())).toEqual({ ok: false, message: MEMBER_NOT_FOUND });
    expect(await removeMember(other.admin.id, target, context())).toEqual({ ok: false, message: MEMBER_NOT_FOUND });
    expect(await updateMemberFunction(other.admin.id, functionInput(other.profileId, memberMembershipId), context())).toEqual({
      ok: false,
      message: MEMBER_NOT_FOUND,
    });
    expect(await membership(memberMembershipId)).toEqual({ isAdmin: false, function: 'TRESORIER', functionDetail: null });
  });
});

describe('« Quitter le profil »', () => {
  it('lets a member leave, and journals it', async () => {
    const { member, profileId, memberMembershipId } = await createProfileWithMember();
    expect(await leaveProfile(member.id, { profileId }, context())).toEqual({ ok: true });
    expect(await membership(memberMembershipId)).toBeNull();
    expect(await auditRows('membership.leave', member.id)).toEqual([expect.objectContaining({ targetId: memberMembershipId })]);
  });

  it('refuses the last administrator, who must name another one first', async () => {
    const { admin, profileId, adminMembershipId, memberMembershipId } = await createProfileWithMember();
    expect(await leaveProfile(admin.id, { profileId }, context())).toEqual({ ok: false, message: LAST_ADMIN_CANNOT_LEAVE });
    expect(await membership(adminMembershipId)).not.toBeNull();

    await promoteMember(admin.id, { profileId, membershipId: memberMembershipId }, context());
    expect(await leaveProfile(admin.id, { profileId }, context())).toEqual({ ok: true });
  });

  it('keeps an administrator when the last two leave at the same time', async () => {
    const { admin, member, profileId, memberMembershipId } = await createProfileWithMember();
    await promoteMember(admin.id, { profileId, membershipId: memberMembershipId }, context());

    const results = await Promise.all([leaveProfile(admin.id, { profileId }, context()), leaveProfile(member.id, { profileId }, context())]);

    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([{ ok: false, message: LAST_ADMIN_CANNOT_LEAVE }]);
    expect(await db.membership.count({ where: { profileId, isAdmin: true } })).toBe(1);
  });
});
