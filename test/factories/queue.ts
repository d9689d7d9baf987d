import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { DossierStatus } from '@/lib/generated/prisma/client';
import { createTestProcedure } from '@/test/factories/procedures';

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
  return db.user.create({
    data: { email: `${randomBytes(6).toString('hex')}@exemple.test`, firstName, lastName, passwordHash: 'not-a-hash', emailVerifiedAt: new Date() },
    select: { id: true },
  });
}

export async function createQueueProfile(name: string, ids: { siret?: string; rna?: string } = {}) {
  return db.profile.create({
    data: {
      name,
      siret: ids.siret,
      rna: ids.rna,
      addressLine: '1 rue du Moulin',
      postalCode: '33000',
      city: 'Bordeaux',
      contactEmail: 'contact@exemple.test',
      object: 'Animer le village.',
    },
    select: { id: true },
  });
}

export type QueueDossierSpec = { status?: DossierStatus; applicantId: string; profileId?: string; submittedAt?: Date; updatedAt?: Date };

/** Dossiers of one démarche; returns their ids and numbers in the order given. */
export async function insertQueueDossiers(procedure: { id: string; versionId: string }, specs: QueueDossierSpec[]) {
  const rows = specs.map((spec) => {
    const status = spec.status ?? 'DEPOSE';
    const draft = status === 'BROUILLON';
    return {
      id: randomUUID(),
      number: draft ? null : nextDossierNumber(),
      procedureId: procedure.id,
      procedureVersionId: procedure.versionId,
      applicantId: spec.applicantId,
      profileId: spec.profileId ?? null,
      status,
      idempotencyKey: randomUUID(),
      submittedAt: draft ? null : (spec.submittedAt ?? new Date()),
      updatedAt: spec.updatedAt ?? new Date(),
    };
  });
  await db.dossier.createMany({ data: rows });
  return rows.map((row) => ({ id: row.id, number: row.number }));
}
