import { randomInt } from 'node:crypto';
import { db } from '@/lib/db';
import type { DossierStatus } from '@/lib/generated/prisma/client';
import { createDossiers } from '@/test/factories/dossiers';
import { createProfile } from '@/test/factories/profiles';
import { createUser } from '@/test/factories/users';
import { createTestProcedure } from '@/test/integration/procedures';

// Integration tests of the queue: many dossiers at once (createMany), with chosen applicants,
// profiles, statuses and dates. Numbers share a prefix unique to the test file's run, so that a
// search by number prefix finds only this run's dossiers.

export const NUMBER_PREFIX = String(randomInt(5000, 9999));
let sequence = 0;

export function nextDossierNumber(): string {
  sequence += 1;
  return `${NUMBER_PREFIX}-${String(sequence).padStart(6, '0')}`;
}

export async function createQueueProcedure(title = 'Aide aux projets culturels') {
  const { id } = await createTestProcedure({ title });
  const version = await db.procedureVersion.findFirstOrThrow({ where: { procedureId: id }, select: { id: true } });
  return { id, versionId: version.id, title };
}

export async function createApplicant(firstName: string, lastName: string) {
  const { id } = await createUser(db, { firstName, lastName });
  return { id };
}

export async function createQueueProfile(name: string, ids: { siret?: string; rna?: string } = {}) {
  const { id } = await createProfile(db, {
    name,
    siret: ids.siret,
    rna: ids.rna ?? null,
    addressLine: '1 rue du Moulin',
    postalCode: '33000',
    city: 'Bordeaux',
    object: 'Animer le village.',
  });
  return { id };
}

export type QueueDossierSpec = { status?: DossierStatus; applicantId: string; profileId?: string; submittedAt?: Date; updatedAt?: Date };

/** Dossiers of one démarche; returns their ids and numbers in the order given. */
export async function insertQueueDossiers(procedure: { id: string; versionId: string }, specs: QueueDossierSpec[]) {
  return createDossiers(
    db,
    procedure,
    specs.map((spec) => ({ ...spec, number: (spec.status ?? 'DEPOSE') === 'BROUILLON' ? null : nextDossierNumber() })),
  );
}
