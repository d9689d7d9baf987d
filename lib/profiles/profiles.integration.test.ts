import { describe, expect, it } from 'vitest';
import { createConfirmedUser } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { profileInfoSchema } from '@/lib/validation/profile';
import { createProfile } from './create-profile';
import { getProfileComposition } from './get-profile-composition';
import { getViewerProfile } from './get-viewer-profile';
import { listViewerProfiles } from './list-viewer-profiles';
import { ADMIN_ONLY, PROFILE_NOT_FOUND } from './profile-access';
import { auditRows, context, createProfileWithAdmin, createProfileWithMember, profileInput } from '@/test/integration/profiles';
import { updateProfile } from './update-profile';

function infoInput(profileId: string, name: string) {
  const { function: _function, functionDetail: _detail, ...info } = profileInput({ name });
  return profileInfoSchema.parse({ ...info, rna: info.rna ?? '', siret: info.siret ?? '', contactPhone: '', profileId });
}

describe('creating a profile', () => {
  it('makes its creator the administrator, with the declared function, and journals it', async () => {
    const creator = await createConfirmedUser();
    const { profileId } = await createProfile(creator.id, profileInput({ name: 'Atelier Vélo', function: 'AUTRE', functionDetail: 'Fondatrice' }), context());

    expect(
      await db.membership.findMany({
        where: { profileId },
        select: { userId: true, isAdmin: true, function: true, functionDetail: true, shareKeyId: true },
      }),
    ).toEqual([{ userId: creator.id, isAdmin: true, function: 'AUTRE', functionDetail: 'Fondatrice', shareKeyId: null }]);
    expect(await auditRows('profile.create', creator.id)).toEqual([
      expect.objectContaining({
        targetType: 'Profile',
        targetId: profileId,
        details: { name: 'Atelier Vélo', rna: 'W751234567', siret: null },
      }),
    ]);
  });
});

describe('reading profiles', () => {
  it('lists only the viewer’s profiles, with their function and the number of members', async () => {
    const { member, profileId } = await createProfileWithMember();
    await createProfileWithAdmin('Un autre profil');

    expect(await listViewerProfiles(member.id)).toEqual([
      {
        id: profileId,
        name: 'Les Amis du Vieux Moulin',
        rna: 'W751234567',
        siret: null,
        function: 'TRESORIER',
        functionDetail: null,
        isAdmin: false,
        memberCount: 2,
      },
    ]);
    expect(await listViewerProfiles((await createConfirmedUser()).id)).toEqual([]);
  });

  it('shows a profile to its members only: others get nothing, the same as for an unknown id', async () => {
    const { admin, member, profileId } = await createProfileWithMember();
    const outsider = await createConfirmedUser();

    expect(await getViewerProfile(admin.id, profileId)).toMatchObject({ id: profileId, viewer: { isAdmin: true, function: 'PRESIDENT' } });
    expect(await getViewerProfile(member.id, profileId)).toMatchObject({
      id: profileId,
      viewer: { isAdmin: false, function: 'TRESORIER' },
    });
    expect(await getViewerProfile(outsider.id, profileId)).toBeNull();
    expect(await getViewerProfile(outsider.id, crypto.randomUUID())).toBeNull();
    expect(await getViewerProfile(outsider.id, 'pas-un-identifiant')).toBeNull();
    expect(await getProfileComposition(outsider.id, profileId)).toBeNull();
    expect(await getProfileComposition(outsider.id, 'pas-un-identifiant')).toBeNull();
  });

  it('lists the members with name, function, date joined and administrator flag', async () => {
    const { admin, member, profileId } = await createProfileWithMember();
    const composition = await getProfileComposition(member.id, profileId);
    expect(composition?.members).toEqual([
      {
        id: expect.any(String),
        name: 'Jeanne Martin',
        function: 'PRESIDENT',
        functionDetail: null,
        isAdmin: true,
        joinedAt: expect.any(Date),
        isViewer: false,
      },
      {
        id: expect.any(String),
        name: 'Jeanne Martin',
        function: 'TRESORIER',
        functionDetail: null,
        isAdmin: false,
        joinedAt: expect.any(Date),
        isViewer: true,
      },
    ]);
    expect((await getProfileComposition(admin.id, profileId))?.members.map((row) => row.isViewer)).toEqual([true, false]);
  });
});

describe('updating « Informations »', () => {
  it('is allowed to an administrator and journaled', async () => {
    const { admin, profileId } = await createProfileWithAdmin();
    expect(await updateProfile(admin.id, infoInput(profileId, 'Nouveau nom'), context())).toEqual({ ok: true });
    expect((await db.profile.findUniqueOrThrow({ where: { id: profileId } })).name).toBe('Nouveau nom');
    expect(await auditRows('profile.update', admin.id)).toHaveLength(1);
  });

  it('is refused to a member who is not an administrator, and to a non-member', async () => {
    const { member, profileId } = await createProfileWithMember();
    const outsider = await createConfirmedUser();
    expect(await updateProfile(member.id, infoInput(profileId, 'Piraté'), context())).toEqual({ ok: false, message: ADMIN_ONLY });
    expect(await updateProfile(outsider.id, infoInput(profileId, 'Piraté'), context())).toEqual({ ok: false, message: PROFILE_NOT_FOUND });
    expect((await db.profile.findUniqueOrThrow({ where: { id: profileId } })).name).toBe('Les Amis du Vieux Moulin');
    expect(await auditRows('profile.access-denied', outsider.id)).toEqual([
      expect.objectContaining({ details: { attempted: 'profile.update', reason: 'not-member' } }),
    ]);
  });
});
