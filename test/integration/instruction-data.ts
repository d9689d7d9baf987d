import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import type { DossierStatus, Prisma } from '@/lib/generated/prisma/client';
import { createDossiers } from '@/test/factories/dossiers';

// Integration tests of exports and statistics: many dossiers of one démarche written at once
// (createMany), with the dates the test needs. Numbers are unique to the call and ordered.

export type DossierSeed = {
  status?: DossierStatus;
  submittedAt?: Date | null;
  decidedAt?: Date | null;
  answers?: Prisma.InputJsonValue;
  profileId?: string | null;
};

export async function insertDossiers(procedureId: string, applicantId: string, seeds: DossierSeed[]): Promise<{ id: string; number: string | null }[]> {
  const prefix = `T${randomBytes(4).toString('hex')}`;
  return createDossiers(
    db,
    { id: procedureId },
    seeds.map((seed, index) => ({
      ...seed,
      applicantId,
      answers: seed.answers ?? {},
      number: (seed.status ?? 'DEPOSE') === 'BROUILLON' ? null : `${prefix}-${String(index + 1).padStart(6, '0')}`,
    })),
  );
}
