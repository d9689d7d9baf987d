import { createHash, randomBytes } from 'node:crypto';
import type { MemberFunction, ProfileDocumentType } from '../../lib/generated/prisma/client';
import type { FactoryDb } from './database';

// Association profiles and their members, written directly, for the tests whose subject is not
// the creation form nor joining with a key (those go through lib/profiles).

export type MemberSeed = { userId: string; isAdmin?: boolean; function?: MemberFunction; functionDetail?: string };

export type ProfileOptions = {
  name?: string;
  rna?: string | null;
  siret?: string | null;
  addressLine?: string;
  postalCode?: string;
  city?: string;
  contactEmail?: string;
  contactPhone?: string | null;
  object?: string;
  /** In this order: each joined one second after the previous one. */
  members?: MemberSeed[];
};

export async function createProfile(db: FactoryDb, options: ProfileOptions = {}) {
  const joined = Date.now();
  return db.profile.create({
    data: {
      name: options.name ?? `Association ${randomBytes(3).toString('hex')}`,
      rna: options.rna === undefined ? 'W751234567' : options.rna,
      siret: options.siret ?? null,
      addressLine: options.addressLine ?? '1 place de la Mairie',
      postalCode: options.postalCode ?? '75001',
      city: options.city ?? 'Paris',
      contactEmail: options.contactEmail ?? 'contact@exemple.test',
      contactPhone: options.contactPhone ?? null,
      object: options.object ?? 'Faire vivre le quartier.',
      memberships: {
        create: (options.members ?? []).map((member, index) => ({
          userId: member.userId,
          function: member.function ?? 'MEMBRE',
          functionDetail: member.functionDetail,
          isAdmin: member.isAdmin ?? false,
          joinedAt: new Date(joined + index * 1000),
        })),
      },
    },
    select: { id: true, name: true, memberships: { select: { id: true, userId: true } } },
  });
}

/** A key of the profile, new (neither used nor revoked), in clear as its administrators see it. */
export async function createShareKey(db: FactoryDb, options: { profileId: string; createdById: string; key?: string; expiresAt?: Date }) {
  const key = options.key ?? randomBytes(16).toString('hex').toUpperCase();
  return db.shareKey.create({
    data: {
      profileId: options.profileId,
      key,
      keyHash: createHash('sha256').update(key).digest('hex'),
      createdById: options.createdById,
      expiresAt: options.expiresAt ?? new Date(Date.now() + 7 * 24 * 3600 * 1000),
    },
    select: { id: true, key: true },
  });
}

/** The current document of its type in the profile's porte-documents (`fileId` attached already). */
export async function createProfileDocument(
  db: FactoryDb,
  options: { profileId: string; fileId: string; addedById: string; type: ProfileDocumentType; validUntil?: Date | null },
) {
  return db.profileDocument.create({
    data: { profileId: options.profileId, fileId: options.fileId, addedById: options.addedById, type: options.type, validUntil: options.validUntil ?? null },
    select: { id: true },
  });
}
