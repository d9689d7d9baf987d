import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { createAgent, type TestAgent } from './agents';
import { newApiContext } from './api-sessions';
import { sql } from './database';
import { insertDossier, uploadFixtureWith } from './dossiers';
import { createUser, type TestUser } from './factories';
import { uniqueWord } from './procedures';
import { createProfileWithMembers } from './profiles';

// The data of the security suite (e2e/security-*.spec.ts): an applicant who owns a profile (with
// another member and a share key), a deposited dossier for it with a justificatif, a draft; an
// administrator and an instructeur; another applicant with a file of their own. Signed-in API
// contexts for the owner, the other applicant and the administrator, and one for a visitor.

export type SecurityScene = {
  owner: TestUser;
  other: TestUser;
  member: TestUser;
  admin: TestAgent;
  instructeur: TestAgent;
  as: { visitor: APIRequestContext; otherApplicant: APIRequestContext; owner: APIRequestContext; admin: APIRequestContext };
  /** The values of the matrix's placeholders ({dossier}, {profile}…). */
  values: Record<string, string>;
  dispose: () => Promise<void>;
};

export async function makeSecurityScene(baseURL: string): Promise<SecurityScene> {
  const [owner, other, member, admin, instructeur] = await Promise.all([
    createUser(),
    createUser(),
    createUser(),
    createAgent({ role: 'ADMIN' }),
    createAgent(),
  ]);
  const as = {
    visitor: await newApiContext(baseURL),
    otherApplicant: await newApiContext(baseURL, other),
    owner: await newApiContext(baseURL, owner),
    admin: await newApiContext(baseURL, admin),
  };
  const origin = new URL(baseURL).origin;
  const file = await uploadFixtureWith(as.owner, origin, 'attestation.pdf');
  const intruderFile = await uploadFixtureWith(as.otherApplicant, origin, 'plan.png', 'image/png');

  const { profileId } = await createProfileWithMembers([{ user: owner, isAdmin: true, fn: 'PRESIDENT' }, { user: member }]);
  const dossier = await insertDossier({ applicantId: owner.id, fileId: file, profileId, status: 'EN_INSTRUCTION' });
  const {
    rows: [procedure],
  } = await sql<{ id: string; slug: string; versionId: string }>(
    `SELECT p.id, p.slug, d."procedureVersionId" AS "versionId" FROM "Dossier" d JOIN "Procedure" p ON p.id = d."procedureId" WHERE d.id = $1`,
    [dossier.id],
  );
  const draft = randomUUID();
  await sql(
    `INSERT INTO "Dossier" (id, "procedureId", "procedureVersionId", "applicantId", answers, status, version, "idempotencyKey", "updatedAt")
     VALUES ($1, $2, $3, $4, '{}', 'BROUILLON', 0, $5, now())`,
    [draft, procedure.id, procedure.versionId, owner.id, randomUUID()],
  );
  const key = randomBytes(16).toString('hex').toUpperCase();
  const shareKey = randomUUID();
  await sql(`INSERT INTO "ShareKey" (id, "profileId", key, "keyHash", "createdById", "expiresAt") VALUES ($1, $2, $3, $4, $5, now() + interval '7 days')`, [
    shareKey,
    profileId,
    key,
    createHash('sha256').update(key).digest('hex'),
    owner.id,
  ]);
  const {
    rows: [membership],
  } = await sql<{ id: string }>(`SELECT id FROM "Membership" WHERE "profileId" = $1 AND "userId" = $2`, [profileId, member.id]);
  const {
    rows: [{ version }],
  } = await sql<{ version: number }>(`SELECT version FROM "Dossier" WHERE id = $1`, [dossier.id]);

  return {
    owner,
    other,
    member,
    admin,
    instructeur,
    as,
    values: {
      owner: owner.id,
      dossier: dossier.id,
      draft,
      profile: profileId,
      membership: membership.id,
      shareKey,
      file,
      intruderFile,
      attachment: dossier.attachmentId,
      procedure: procedure.id,
      slug: procedure.slug,
      agent: instructeur.id,
      version: String(version),
      marker: uniqueWord(),
    },
    dispose: async () => {
      await Promise.all(Object.values(as).map((context) => context.dispose()));
    },
  };
}

/** `template` with its {placeholders} replaced ({uuid}: a new one each time). */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (name === 'uuid') return randomUUID();
    if (!(name in values)) throw new Error(`Valeur inconnue ${whole} dans ${template}`);
    return values[name];
  });
}

/**
 * Everything of the scene a refused request could have changed, as one text per table: its rows
 * (and those an intruder might have created, named with the run's marker). The journal
 * (AuditLog) and the throttling counters are left out: a refusal is written there on purpose.
 */
export async function sceneFingerprint(scene: SecurityScene): Promise<Record<string, string>> {
  const v = scene.values;
  const people = [scene.owner.id, scene.member.id, scene.admin.id, scene.instructeur.id];
  const emails = [scene.owner.email, scene.member.email, scene.instructeur.email, scene.admin.email];
  const dossiers = `SELECT id FROM "Dossier" WHERE "applicantId" = $1 OR "profileId" = $2`;
  const queries: Record<string, [string, unknown[]]> = {
    User: [`SELECT * FROM "User" WHERE id = ANY($1) OR email LIKE $2`, [people, `%${v.marker}%`]],
    Profile: [`SELECT * FROM "Profile" WHERE id = $1 OR name LIKE $2`, [v.profile, `%${v.marker}%`]],
    Membership: [`SELECT * FROM "Membership" WHERE "profileId" = $1 OR "userId" = ANY($2)`, [v.profile, people]],
    ShareKey: [`SELECT * FROM "ShareKey" WHERE "profileId" = $1`, [v.profile]],
    Dossier: [`SELECT * FROM "Dossier" WHERE "applicantId" = $1 OR "profileId" = $2`, [scene.owner.id, v.profile]],
    DossierEvent: [`SELECT * FROM "DossierEvent" WHERE "dossierId" IN (${dossiers})`, [scene.owner.id, v.profile]],
    DossierMessage: [`SELECT * FROM "DossierMessage" WHERE "dossierId" IN (${dossiers})`, [scene.owner.id, v.profile]],
    DossierNote: [`SELECT * FROM "DossierNote" WHERE "dossierId" IN (${dossiers})`, [scene.owner.id, v.profile]],
    DossierFollow: [`SELECT * FROM "DossierFollow" WHERE "dossierId" IN (${dossiers})`, [scene.owner.id, v.profile]],
    Attachment: [`SELECT * FROM "Attachment" WHERE "dossierId" IN (${dossiers})`, [scene.owner.id, v.profile]],
    IssuedDocument: [
      `SELECT * FROM "IssuedDocument" WHERE "recipientUserId" = $1 OR "recipientProfileId" = $2 OR "dossierId" IN (${dossiers})`,
      [scene.owner.id, v.profile],
    ],
    StoredFile: [`SELECT * FROM "StoredFile" WHERE "ownerId" = ANY($1) OR id = $2`, [people, v.intruderFile]],
    Procedure: [`SELECT * FROM "Procedure" WHERE id = $1 OR title LIKE $2`, [v.procedure, `%${v.marker}%`]],
    ProcedureVersion: [`SELECT * FROM "ProcedureVersion" WHERE "procedureId" = $1`, [v.procedure]],
    ProcedureInstructor: [`SELECT * FROM "ProcedureInstructor" WHERE "procedureId" = $1 OR "userId" = ANY($2)`, [v.procedure, people]],
    RecoveryCode: [`SELECT * FROM "RecoveryCode" WHERE "userId" = ANY($1)`, [people]],
    UserToken: [`SELECT * FROM "UserToken" WHERE "userId" = ANY($1)`, [people]],
    OutboxEmail: [`SELECT * FROM "OutboxEmail" WHERE "to" = ANY($1) OR "to" LIKE $2`, [emails, `%${v.marker}%`]],
  };
  const entries = await Promise.all(
    Object.entries(queries).map(async ([table, [query, params]]) => {
      const { rows } = await sql(query, params);
      return [
        table,
        rows
          .map((row) => JSON.stringify(row))
          .sort()
          .join('\n'),
      ] as const;
    }),
  );
  return Object.fromEntries(entries);
}
