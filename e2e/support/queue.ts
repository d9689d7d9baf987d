import { randomInt } from 'node:crypto';
import type { DossierStatus } from '../../lib/generated/prisma/client';
import { createDossiers } from '../../test/factories/dossiers';
import { createProfile } from '../../test/factories/profiles';
import { testDb } from './database';

// Dossiers of the instruction queue's journeys, written directly in the database: many at once,
// on a chosen démarche, with a chosen applicant, profile, status and deposit date. Numbers share a
// prefix unique to the run (« 7xxx-000001 »…), so that one number never prefixes another test's.

const RUN_PREFIX = String(randomInt(5000, 9999));
let sequence = 0;

export type QueueDossier = { id: string; number: string };

export async function insertQueueDossiers(
  procedureId: string,
  specs: { applicantId: string; profileId?: string; status?: Exclude<DossierStatus, 'BROUILLON'>; minutesAgo?: number }[],
): Promise<QueueDossier[]> {
  const dossiers = await createDossiers(
    testDb(),
    { id: procedureId },
    specs.map((spec) => {
      sequence += 1;
      const at = new Date(Date.now() - (spec.minutesAgo ?? 60) * 60_000);
      return {
        applicantId: spec.applicantId,
        profileId: spec.profileId,
        status: spec.status ?? 'DEPOSE',
        number: `${RUN_PREFIX}-${String(process.pid % 1000).padStart(3, '0')}${String(sequence).padStart(3, '0')}`,
        version: 1,
        submittedAt: at,
        createdAt: at,
        updatedAt: at,
      };
    }),
  );
  return dossiers.map(({ id, number }) => ({ id, number: number! }));
}

/** A profile with a SIRET (14 digits, stored without spaces). */
export async function insertProfileWithSiret(name: string, siret: string): Promise<string> {
  const { id } = await createProfile(testDb(), {
    name,
    rna: null,
    siret,
    addressLine: '2 rue des Écoles',
    postalCode: '33000',
    city: 'Bordeaux',
    object: 'Animer le village.',
  });
  return id;
}
