import { createConfirmedUser, uniqueIp } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { createProfileSchema, type CreateProfileInput } from '@/lib/validation/profile';
import { createProfile } from '@/lib/profiles/create-profile';
import { createShareKey } from '@/lib/profiles/create-share-key';
import { redeemShareKey } from '@/lib/profiles/redeem-share-key';

// Helpers for the integration tests of profiles: each test makes its own people and profiles.

export function profileInput(overrides: Partial<Record<keyof CreateProfileInput, string>> = {}): CreateProfileInput {
  return createProfileSchema.parse({
    name: 'Les Amis du Vieux Moulin',
    rna: 'W751234567',
    siret: '',
    addressLine: '3 rue des Tanneurs',
    postalCode: '75001',
    city: 'Paris',
    contactEmail: 'contact@moulin.test',
    contactPhone: '',
    object: 'Restaurer le moulin.',
    function: 'PRESIDENT',
    functionDetail: '',
    ...overrides,
  });
}

export const context = () => ({ ip: uniqueIp() });

/** A person and the profile they created (they are its administrator). */
export async function createProfileWithAdmin(name = 'Les Amis du Vieux Moulin') {
  const admin = await createConfirmedUser();
  const { profileId } = await createProfile(admin.id, profileInput({ name }), context());
  return { admin, profileId };
}

/** A new key of the profile, in clear, as the administrator would copy it. */
export async function issueKey(adminId: string, profileId: string): Promise<{ id: string; key: string }> {
  const result = await createShareKey(adminId, { profileId }, context());
  if (!result.ok || !result.data) throw new Error(`Clé non créée : ${JSON.stringify(result)}`);
  return db.shareKey.findUniqueOrThrow({ where: { id: result.data.shareKeyId }, select: { id: true, key: true } });
}

export function joinInput(key: string, fn: CreateProfileInput['function'] = 'MEMBRE') {
  return { key: key.replaceAll('-', ''), function: fn, functionDetail: null };
}

/** A profile with an administrator and a plain member who joined with a key. */
export async function createProfileWithMember() {
  const { admin, profileId } = await createProfileWithAdmin();
  const member = await createConfirmedUser();
  const { key } = await issueKey(admin.id, profileId);
  const joined = await redeemShareKey(member.id, joinInput(key, 'TRESORIER'), context());
  if (!joined.ok) throw new Error(`Adhésion refusée : ${JSON.stringify(joined)}`);
  const memberships = await db.membership.findMany({ where: { profileId }, select: { id: true, userId: true } });
  const membershipOf = (userId: string) => memberships.find((row) => row.userId === userId)!.id;
  return { admin, member, profileId, adminMembershipId: membershipOf(admin.id), memberMembershipId: membershipOf(member.id) };
}

export function auditRows(action: string, actorId: string) {
  return db.auditLog.findMany({ where: { action, actorId }, select: { targetType: true, targetId: true, details: true, ip: true } });
}
