import { randomInt, randomUUID } from 'node:crypto';
import { sql } from './database';

// Dossiers of the instruction queue's journeys, written directly in the database: many at once,
// on a chosen démarche, with a chosen applicant, profile, status and deposit date. Numbers share a
// prefix unique to the run (« 7xxx-000001 »…), so that one number never prefixes another test's.

const RUN_PREFIX = String(randomInt(5000, 9999));
let sequence = 0;

export type QueueDossier = { id: string; number: string };

export async function insertQueueDossiers(
  procedureId: string,
  specs: {
    applicantId: string;
    profileId?: string;
    status?: 'DEPOSE' | 'EN_INSTRUCTION' | 'COMPLEMENT_DEMANDE' | 'ACCEPTE' | 'REFUSE' | 'SANS_SUITE';
    minutesAgo?: number;
  }[],
): Promise<QueueDossier[]> {
  const [{ id: versionId }] = (
    await sql<{ id: string }>(`SELECT id FROM "ProcedureVersion" WHERE "procedureId" = $1 ORDER BY number DESC LIMIT 1`, [procedureId])
  ).rows;
  const dossiers: QueueDossier[] = [];
  for (const spec of specs) {
    sequence += 1;
    const dossier = { id: randomUUID(), number: `${RUN_PREFIX}-${String(process.pid % 1000).padStart(3, '0')}${String(sequence).padStart(3, '0')}` };
    await sql(
      `INSERT INTO "Dossier" (id, number, "procedureId", "procedureVersionId", "applicantId", "profileId", answers, status, version, "idempotencyKey", "submittedAt", "createdAt", "updatedAt")
       VALUES ($1, $2, $3, $4, $5, $6, '{}', $7::"DossierStatus", 1, $8, now() - make_interval(mins => $9), now() - make_interval(mins => $9), now() - make_interval(mins => $9))`,
      [
        dossier.id,
        dossier.number,
        procedureId,
        versionId,
        spec.applicantId,
        spec.profileId ?? null,
        spec.status ?? 'DEPOSE',
        randomUUID(),
        spec.minutesAgo ?? 60,
      ],
    );
    dossiers.push(dossier);
  }
  return dossiers;
}

/** A profile with a SIRET (14 digits, stored without spaces). */
export async function insertProfileWithSiret(name: string, siret: string): Promise<string> {
  const id = randomUUID();
  await sql(
    `INSERT INTO "Profile" (id, name, siret, "addressLine", "postalCode", city, "contactEmail", object, "updatedAt")
     VALUES ($1, $2, $3, '2 rue des Écoles', '33000', 'Bordeaux', 'contact@exemple.test', 'Animer le village.', now())`,
    [id, name, siret],
  );
  return id;
}
