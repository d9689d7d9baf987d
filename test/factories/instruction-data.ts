import { randomBytes, randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import type { DossierStatus, Prisma } from '@/lib/generated/prisma/client';

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
  const version = await db.procedureVersion.findFirstOrThrow({ where: { procedureId }, orderBy: { number: 'desc' }, select: { id: true } });
  const prefix = `T${randomBytes(4).toString('hex')}`;
  const data = seeds.map((seed, index) => {
    const status = seed.status ?? 'DEPOSE';
    return {
      id: randomUUID(),
      number: status === 'BROUILLON' ? null : `${prefix}-${String(index + 1).padStart(6, '0')}`,
      procedureId,
      procedureVersionId: version.id,
      applicantId,
      profileId: seed.profileId ?? null,
      answers: seed.answers ?? {},
      status,
      idempotencyKey: randomUUID(),
      submittedAt: seed.submittedAt === undefined ? (status === 'BROUILLON' ? null : new Date()) : seed.submittedAt,
      decidedAt: seed.decidedAt ?? null,
    };
  });
  await db.dossier.createMany({ data });
  return data.map(({ id, number }) => ({ id, number }));
}
