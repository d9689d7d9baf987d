import { randomUUID } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { createDossier } from '../../test/factories/dossiers';
import { createShareKey } from '../../test/factories/profiles';
import { createAgent, type TestAgent } from './agents';
import { newApiContext } from './api-sessions';
import { testDb } from './database';
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
  const db = testDb();
  const { procedure, procedureVersionId, version } = await db.dossier.findUniqueOrThrow({
    where: { id: dossier.id },
    select: { procedure: { select: { id: true, slug: true } }, procedureVersionId: true, version: true },
  });
  const draft = await createDossier(db, { id: procedure.id, versionId: procedureVersionId }, { applicantId: owner.id, status: 'BROUILLON' });
  const shareKey = await createShareKey(db, { profileId, createdById: owner.id });
  const membership = await db.membership.findUniqueOrThrow({ where: { profileId_userId: { profileId, userId: member.id } }, select: { id: true } });

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
      draft: draft.id,
      profile: profileId,
      membership: membership.id,
      shareKey: shareKey.id,
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
  const db = testDb();
  const v = scene.values;
  const people = [scene.owner.id, scene.member.id, scene.admin.id, scene.instructeur.id];
  const emails = [scene.owner.email, scene.member.email, scene.instructeur.email, scene.admin.email];
  const ofDossiers = { dossier: { OR: [{ applicantId: scene.owner.id }, { profileId: v.profile }] } };
  // Pairs rather than an object: the linter takes a capitalised function property for a React component.
  const queries: [string, () => Promise<object[]>][] = [
    ['User', () => db.user.findMany({ where: { OR: [{ id: { in: people } }, { email: { contains: v.marker } }] } })],
    ['Profile', () => db.profile.findMany({ where: { OR: [{ id: v.profile }, { name: { contains: v.marker } }] } })],
    ['Membership', () => db.membership.findMany({ where: { OR: [{ profileId: v.profile }, { userId: { in: people } }] } })],
    ['ShareKey', () => db.shareKey.findMany({ where: { profileId: v.profile } })],
    ['Dossier', () => db.dossier.findMany({ where: { OR: [{ applicantId: scene.owner.id }, { profileId: v.profile }] } })],
    ['DossierEvent', () => db.dossierEvent.findMany({ where: ofDossiers })],
    ['DossierMessage', () => db.dossierMessage.findMany({ where: ofDossiers })],
    ['DossierNote', () => db.dossierNote.findMany({ where: ofDossiers })],
    ['DossierFollow', () => db.dossierFollow.findMany({ where: ofDossiers })],
    ['Attachment', () => db.attachment.findMany({ where: ofDossiers })],
    [
      'IssuedDocument',
      () => db.issuedDocument.findMany({ where: { OR: [{ recipientUserId: scene.owner.id }, { recipientProfileId: v.profile }, ofDossiers] } }),
    ],
    ['StoredFile', () => db.storedFile.findMany({ where: { OR: [{ ownerId: { in: people } }, { id: v.intruderFile }] } })],
    ['Procedure', () => db.procedure.findMany({ where: { OR: [{ id: v.procedure }, { title: { contains: v.marker } }] } })],
    ['ProcedureVersion', () => db.procedureVersion.findMany({ where: { procedureId: v.procedure } })],
    ['ProcedureInstructor', () => db.procedureInstructor.findMany({ where: { OR: [{ procedureId: v.procedure }, { userId: { in: people } }] } })],
    ['RecoveryCode', () => db.recoveryCode.findMany({ where: { userId: { in: people } } })],
    ['UserToken', () => db.userToken.findMany({ where: { userId: { in: people } } })],
    ['OutboxEmail', () => db.outboxEmail.findMany({ where: { OR: [{ to: { in: emails } }, { to: { contains: v.marker } }] } })],
  ];
  const entries = await Promise.all(
    queries.map(async ([table, query]) => {
      const rows = await query();
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
