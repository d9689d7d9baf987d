import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { Secret } from 'otpauth';
import { applyMigrations } from '../lib/db/migrations';
import { sealSecret } from '../lib/auth/mfa/secret-box';
import { intFlag, parseFlags } from './bench/args';
import { BENCH_AUTH_SECRET, BENCH_PASSWORD, fixturesFile, type BenchFixtures } from './bench/fixtures';

// npm run bench:data -- [--users 20000] [--profiles 5000] [--dossiers 200000] [--reset]
// docs/decisions/015-benchmark.md. The StoredFile rows point at keys that do not exist in storage:
// downloads of bench files fail.

const flags = parseFlags(process.argv.slice(2));
const USERS = intFlag(flags, 'users', 20_000);
const PROFILES = intFlag(flags, 'profiles', 5_000);
const DOSSIERS = intFlag(flags, 'dossiers', 200_000);
const RESET = flags.reset === true;
const BATCH = 20_000;
const OWN_DOSSIERS = 50;

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  console.error('DATABASE_URL est obligatoire : npm run bench:data utilise une vraie base PostgreSQL (jamais la base embarquée).');
  process.exit(2);
}
if (PROFILES * 2 > USERS) {
  console.error('--users doit valoir au moins deux fois --profiles (deux membres par profil).');
  process.exit(2);
}

const client = new pg.Client({ connectionString: databaseUrl });
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;

async function step(label: string, sql: string, params: unknown[] = []) {
  const result = await client.query(sql, params);
  console.log(`  ${label} : ${result.rowCount ?? 0} lignes (${elapsed()})`);
}

/** A plausible answer for each field type (lib/procedures/answers-schema.ts's normalised values). */
function sampleAnswer(field: { type: string; min?: number; max?: number; choices?: string[] }): unknown {
  switch (field.type) {
    case 'text':
      return 'Projet de démonstration';
    case 'paragraph':
      return 'Des activités toute l’année auprès des habitants du département, dans plusieurs communes.';
    case 'address':
      return '1 place de la Mairie, 12000 Rodez';
    case 'number':
      return Math.max(field.min ?? 0, 25);
    case 'amount':
      return Math.min(field.max ?? 5000, Math.max(field.min ?? 0, 2500));
    case 'date':
      return '2026-06-15';
    case 'email':
      return 'contact@exemple.fr';
    case 'fullname':
      return 'Camille Martin';
    case 'phone':
      return '0123456789';
    case 'choice':
      return field.choices?.[0] ?? null;
    case 'yesno':
      return true;
    case 'siret':
      return '73282932000074';
    case 'rna':
      return 'W751234567';
    default:
      return undefined;
  }
}

async function isBenchDataPresent(): Promise<boolean> {
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "Dossier"`);
  const users = await client.query<{ n: string }>(`SELECT count(*) AS n FROM "User" WHERE email LIKE '%@bench.localhost'`);
  return Number(rows[0].n) > 0 || Number(users.rows[0].n) > 0;
}

async function main() {
  await client.connect();
  // Ids derived from the row's index, shaped as v4 UUIDs (zod's z.uuid() checks the version and variant).
  await client.query(
    `CREATE FUNCTION pg_temp.bench_uuid(seed text) RETURNS uuid IMMUTABLE LANGUAGE sql AS $$ SELECT overlay(overlay(md5(seed) PLACING '4' FROM 13) PLACING '8' FROM 17)::uuid $$`,
  );
  if (RESET) {
    console.log('--reset : schéma public supprimé et recréé.');
    await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public;');
  }
  const applied = await applyMigrations(client);
  if (applied.length) console.log(`Migrations appliquées : ${applied.length}`);
  if (await isBenchDataPresent()) {
    console.error('La base contient déjà des dossiers ou des comptes de bench : relancez avec --reset pour tout effacer.');
    process.exit(1);
  }

  // Demo démarches through the domain, as the first `npm start` does (creates admin@guichet.localhost).
  process.env.AUTH_SECRET ??= BENCH_AUTH_SECRET;
  const { seedDatabase } = await import('../prisma/seed');
  await seedDatabase(databaseUrl!);
  const { hashPassword } = await import('../lib/auth/password-hash');
  const passwordHash = await hashPassword(BENCH_PASSWORD);

  const { rows: procedures } = await client.query<{
    id: string;
    slug: string;
    audience: string;
    versionId: string;
    fields: { id: string; type: string }[];
    documents: { id: string }[];
  }>(
    `SELECT p.id, p.slug, p.audience, v.id AS "versionId", v.fields, v.documents
       FROM "Procedure" p JOIN LATERAL (SELECT * FROM "ProcedureVersion" WHERE "procedureId" = p.id ORDER BY number DESC LIMIT 1) v ON true
      ORDER BY p."createdAt", p.slug`,
  );
  if (procedures.length === 0) throw new Error('Aucune démarche : le seed a échoué.');
  console.log(`${procedures.length} démarches ; ${USERS} usagers, ${PROFILES} profils, ${DOSSIERS} dossiers à créer.`);

  await client.query('BEGIN');
  await client.query(
    `CREATE TEMP TABLE bench_procedure (idx int PRIMARY KEY, id uuid, version_id uuid, association boolean, answers jsonb, doc1 text, doc2 text) ON COMMIT DROP`,
  );
  for (const [idx, procedure] of procedures.entries()) {
    const answers = Object.fromEntries(procedure.fields.filter((field) => field.type !== 'section').map((field) => [field.id, sampleAnswer(field)]));
    await client.query(`INSERT INTO bench_procedure VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      idx,
      procedure.id,
      procedure.versionId,
      procedure.audience === 'ASSOCIATION',
      JSON.stringify(answers),
      procedure.documents[0]?.id ?? 'document',
      procedure.documents[1]?.id ?? procedure.documents[0]?.id ?? 'document',
    ]);
  }

  await step(
    'Usagers',
    `INSERT INTO "User" (id, email, "firstName", "lastName", "passwordHash", role, "emailVerifiedAt", "createdAt", "updatedAt")
     SELECT pg_temp.bench_uuid('bench-user-' || i), 'usager' || i || '@bench.localhost', 'Prénom' || i, 'Nom' || i, $1, 'USAGER',
            now() - (i % 400) * interval '1 day', now() - (i % 400) * interval '1 day', now()
       FROM generate_series(1, $2::int) AS i`,
    [passwordHash, USERS],
  );
  const agents = {
    applicant: { email: 'usager.50@bench.localhost', id: 'bench-applicant' },
    instructeur: { email: 'instructeur@bench.localhost', id: 'bench-instructeur', role: 'INSTRUCTEUR' },
    admin: { email: 'admin@bench.localhost', id: 'bench-admin', role: 'ADMIN' },
  };
  const totpSecrets = { instructeur: new Secret({ size: 20 }).base32, admin: new Secret({ size: 20 }).base32 };
  const authSecret = process.env.AUTH_SECRET!;
  await client.query(
    `INSERT INTO "User" (id, email, "firstName", "lastName", "passwordHash", role, "emailVerifiedAt", "updatedAt", "totpSecret", "totpEnabledAt")
     VALUES (pg_temp.bench_uuid($1), $2, 'Camille', 'Cinquante', $7, 'USAGER', now(), now(), NULL, NULL),
            (pg_temp.bench_uuid($3), $4, 'Inès', 'Instructrice', $7, 'INSTRUCTEUR', now(), now(), $8, now()),
            (pg_temp.bench_uuid($5), $6, 'Adèle', 'Administratrice', $7, 'ADMIN', now(), now(), $9, now())`,
    [
      agents.applicant.id,
      agents.applicant.email,
      agents.instructeur.id,
      agents.instructeur.email,
      agents.admin.id,
      agents.admin.email,
      passwordHash,
      sealSecret(totpSecrets.instructeur, authSecret),
      sealSecret(totpSecrets.admin, authSecret),
    ],
  );
  await step(
    'Démarches de l’instructeur',
    `INSERT INTO "ProcedureInstructor" ("procedureId", "userId") SELECT id, pg_temp.bench_uuid($1) FROM bench_procedure WHERE idx % 2 = 0`,
    [agents.instructeur.id],
  );

  await step(
    'Profils',
    `INSERT INTO "Profile" (id, name, rna, siret, "addressLine", "postalCode", city, "contactEmail", object, "createdAt", "updatedAt")
     SELECT pg_temp.bench_uuid('bench-profile-' || j), 'Association bench ' || j, 'W' || lpad(j::text, 9, '0'), NULL, j || ' rue des Associations', '12000', 'Rodez',
            'contact' || j || '@bench.localhost', 'Animer la vie locale', now() - (j % 400) * interval '1 day', now()
       FROM generate_series(1, $1::int) AS j`,
    [PROFILES],
  );
  await step(
    'Adhésions',
    `INSERT INTO "Membership" (id, "profileId", "userId", function, "isAdmin")
     SELECT pg_temp.bench_uuid('bench-membership-' || j || '-' || m), pg_temp.bench_uuid('bench-profile-' || j), pg_temp.bench_uuid('bench-user-' || ((j - 1) * 2 + m)),
            CASE m WHEN 1 THEN 'PRESIDENT' ELSE 'TRESORIER' END::"MemberFunction", m = 1
       FROM generate_series(1, $1::int) AS j, generate_series(1, 2) AS m`,
    [PROFILES],
  );

  // Démarche 0 gets 3 blocks of 100 in 10 (the big call for projects, enough for the 50 000-row
  // export). Dossiers 1..50 belong to the bench applicant (usager.50@bench.localhost).
  const P = procedures.length;
  const statusCase = `CASE WHEN k % 100 < 10 THEN 'BROUILLON' WHEN k % 100 < 30 THEN 'DEPOSE' WHEN k % 100 < 55 THEN 'EN_INSTRUCTION'
                           WHEN k % 100 < 65 THEN 'COMPLEMENT_DEMANDE' WHEN k % 100 < 85 THEN 'ACCEPTE' WHEN k % 100 < 95 THEN 'REFUSE' ELSE 'SANS_SUITE' END`;
  for (let from = 1; from <= DOSSIERS; from += BATCH) {
    const to = Math.min(DOSSIERS, from + BATCH - 1);
    await step(
      `Dossiers ${from}–${to}`,
      `INSERT INTO "Dossier" (id, "procedureId", "procedureVersionId", "applicantId", "profileId", answers, status, "idempotencyKey", "submittedAt", "decidedAt", "createdAt", "updatedAt")
       SELECT pg_temp.bench_uuid('bench-dossier-' || k), p.id, p.version_id,
              CASE WHEN k <= ${OWN_DOSSIERS} THEN pg_temp.bench_uuid($3)
                   WHEN p.association THEN pg_temp.bench_uuid('bench-user-' || (((k % $4::int)) * 2 + 1 + (k / 7) % 2))
                   ELSE pg_temp.bench_uuid('bench-user-' || (k % $5::int + 1)) END,
              CASE WHEN p.association AND k > ${OWN_DOSSIERS} THEN pg_temp.bench_uuid('bench-profile-' || (k % $4::int + 1)) END,
              p.answers, s.status::"DossierStatus", pg_temp.bench_uuid('bench-idem-' || k),
              CASE WHEN s.status <> 'BROUILLON' THEN t.created + interval '2 hours' END,
              CASE WHEN s.status IN ('ACCEPTE', 'REFUSE', 'SANS_SUITE') THEN least(now(), t.created + (k % 60 + 1) * interval '1 day') END,
              t.created, least(now(), t.created + (k % 60 + 1) * interval '1 day')
         FROM generate_series($1::int, $2::int) AS k
         JOIN bench_procedure p ON p.idx = CASE WHEN (k / 100) % 10 < 3 THEN 0 ELSE k % ${P} END
         CROSS JOIN LATERAL (SELECT ${statusCase} AS status) s
         CROSS JOIN LATERAL (SELECT now() - ((k * 7919) % 525600) * interval '1 minute' AS created) t`,
      [from, to, agents.applicant.id, PROFILES, USERS],
    );
  }
  // Numbers YYYY-NNNNNN by deposit order within each year, then the counters.
  await step(
    'Numéros',
    `UPDATE "Dossier" d SET number = n.year || '-' || lpad(n.rank::text, 6, '0')
       FROM (SELECT id, extract(year FROM "submittedAt")::int AS year, row_number() OVER (PARTITION BY extract(year FROM "submittedAt") ORDER BY "submittedAt", id) AS rank
               FROM "Dossier" WHERE "submittedAt" IS NOT NULL) n
      WHERE d.id = n.id`,
  );
  await step(
    'Compteurs de numéros',
    `INSERT INTO "DossierNumberCounter" (year, last)
     SELECT split_part(number, '-', 1)::int, max(split_part(number, '-', 2)::int) FROM "Dossier" WHERE number IS NOT NULL GROUP BY 1
     ON CONFLICT (year) DO UPDATE SET last = greatest("DossierNumberCounter".last, excluded.last)`,
  );

  // Two justificatifs per deposited dossier: StoredFile rows (fake keys) and their Attachment.
  for (let from = 1; from <= DOSSIERS; from += BATCH) {
    const to = Math.min(DOSSIERS, from + BATCH - 1);
    await step(
      `Fichiers ${from}–${to}`,
      `INSERT INTO "StoredFile" (id, key, "originalName", mime, size, sha256, "ownerId", "createdAt", "attachedAt", "scanStatus", "scannedAt")
       SELECT pg_temp.bench_uuid('bench-file-' || k || '-' || g), 'files/bench/' || k || '-' || g, 'justificatif-' || g || '.pdf', 'application/pdf',
              100000 + (k * g) % 900000, md5('f' || k || g) || md5('g' || k || g), d."applicantId", d."createdAt", d."submittedAt", 'CLEAN', d."createdAt"
         FROM generate_series($1::int, $2::int) AS k CROSS JOIN generate_series(1, 2) AS g
         JOIN "Dossier" d ON d.id = pg_temp.bench_uuid('bench-dossier-' || k)
        WHERE d.status <> 'BROUILLON'`,
      [from, to],
    );
    await step(
      `Justificatifs ${from}–${to}`,
      `INSERT INTO "Attachment" (id, "dossierId", "documentId", "fileId", review, "reviewedAt", "reviewedById", "createdAt")
       SELECT pg_temp.bench_uuid('bench-attachment-' || k || '-' || g), d.id, CASE g WHEN 1 THEN p.doc1 ELSE p.doc2 END, pg_temp.bench_uuid('bench-file-' || k || '-' || g),
              CASE WHEN d.status = 'ACCEPTE' THEN 'VALIDE' ELSE 'EN_ATTENTE' END::"AttachmentReview",
              CASE WHEN d.status = 'ACCEPTE' THEN d."decidedAt" END, CASE WHEN d.status = 'ACCEPTE' THEN pg_temp.bench_uuid($3) END, d."createdAt"
         FROM generate_series($1::int, $2::int) AS k CROSS JOIN generate_series(1, 2) AS g
         JOIN "Dossier" d ON d.id = pg_temp.bench_uuid('bench-dossier-' || k)
         JOIN bench_procedure p ON p.id = d."procedureId"
        WHERE d.status <> 'BROUILLON'`,
      [from, to, agents.instructeur.id],
    );
  }
  await step(
    'Messages',
    `INSERT INTO "DossierMessage" (id, "dossierId", "authorId", "fromAgent", body, "createdAt")
     SELECT gen_random_uuid(), d.id, CASE WHEN m = 1 THEN pg_temp.bench_uuid($1) ELSE d."applicantId" END, m = 1,
            CASE WHEN m = 1 THEN 'Bonjour, pouvez-vous préciser le budget prévisionnel ?' ELSE 'Bonjour, voici les précisions demandées.' END,
            d."submittedAt" + m * interval '1 day'
       FROM "Dossier" d CROSS JOIN generate_series(1, 2) AS m
      WHERE d.status IN ('EN_INSTRUCTION', 'COMPLEMENT_DEMANDE', 'ACCEPTE', 'REFUSE')`,
    [agents.instructeur.id],
  );
  await step(
    'Historique',
    `INSERT INTO "DossierEvent" (id, "dossierId", "actorId", type, "fromStatus", "toStatus", "createdAt")
     SELECT gen_random_uuid(), d.id, e.actor, e.type, e.from_status::"DossierStatus", e.to_status::"DossierStatus", e.at
       FROM "Dossier" d CROSS JOIN LATERAL (VALUES
         (1, d."applicantId", 'created', NULL, 'BROUILLON', d."createdAt"),
         (2, d."applicantId", 'submitted', 'BROUILLON', 'DEPOSE', d."submittedAt"),
         (3, pg_temp.bench_uuid($1), 'instruction-started', 'DEPOSE', 'EN_INSTRUCTION', d."submittedAt" + interval '1 day'),
         (4, pg_temp.bench_uuid($1), CASE WHEN d.status = 'COMPLEMENT_DEMANDE' THEN 'complement-requested' ELSE 'decision' END, 'EN_INSTRUCTION', d.status::text, coalesce(d."decidedAt", d."submittedAt" + interval '2 days'))
       ) AS e(n, actor, type, from_status, to_status, at)
      WHERE e.n = 1
         OR (e.n = 2 AND d.status <> 'BROUILLON')
         OR (e.n = 3 AND d.status NOT IN ('BROUILLON', 'DEPOSE'))
         OR (e.n = 4 AND d.status NOT IN ('BROUILLON', 'DEPOSE', 'EN_INSTRUCTION'))`,
    [agents.instructeur.id],
  );
  await client.query('COMMIT');
  // The state autovacuum reaches on a live database: statistics, and the visibility map that lets
  // capped counts read the index alone. Right after a bulk load neither exists yet.
  await client.query('VACUUM ANALYZE');

  const { rows: sample } = await client.query<{ id: string; number: string }>(
    `SELECT d.id, d.number FROM "Dossier" d JOIN "ProcedureInstructor" pi ON pi."procedureId" = d."procedureId" AND pi."userId" = pg_temp.bench_uuid($1)
      WHERE d.status = 'EN_INSTRUCTION' ORDER BY d.number DESC LIMIT 1`,
    [agents.instructeur.id],
  );
  const { rows: own } = await client.query<{ id: string }>(
    `SELECT id FROM "Dossier" WHERE "applicantId" = pg_temp.bench_uuid($1) AND status <> 'BROUILLON' ORDER BY "updatedAt" DESC LIMIT 1`,
    [agents.applicant.id],
  );
  const { rows: ids } = await client.query<{ applicant: string; instructeur: string; admin: string }>(
    `SELECT pg_temp.bench_uuid($1) AS applicant, pg_temp.bench_uuid($2) AS instructeur, pg_temp.bench_uuid($3) AS admin`,
    [agents.applicant.id, agents.instructeur.id, agents.admin.id],
  );
  const fixtures: BenchFixtures = {
    createdAt: new Date().toISOString(),
    scale: { users: USERS, profiles: PROFILES, dossiers: DOSSIERS },
    authSecret,
    password: BENCH_PASSWORD,
    applicant: { id: ids[0].applicant, email: agents.applicant.email, dossierId: own[0]?.id ?? null },
    instructeur: { id: ids[0].instructeur, email: agents.instructeur.email, totpSecret: totpSecrets.instructeur },
    admin: { id: ids[0].admin, email: agents.admin.email, totpSecret: totpSecrets.admin },
    signInEmails: Array.from({ length: Math.min(USERS, 500) }, (_, i) => `usager${i + 1}@bench.localhost`),
    procedures: procedures.map((procedure, idx) => ({ id: procedure.id, slug: procedure.slug, instructedByInstructeur: idx % 2 === 0 })),
    sampleDossier: sample[0] ?? null,
  };
  const file = fixturesFile(databaseUrl!);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(fixtures, null, 2)}\n`);
  console.log(`Terminé en ${elapsed()}. Identifiants : ${path.relative(process.cwd(), file)}`);
}

main()
  .catch(async (error: Error) => {
    console.error(error.stack ?? error.message);
    await client.query('ROLLBACK').catch(() => {});
    process.exitCode = 1;
  })
  .finally(() => client.end().then(() => process.exit()));
