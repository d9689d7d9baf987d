import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { createUserWithRole } from '@/test/integration/follow-up';
import type { AgentViewer } from './agent-viewer';
import { NotAnAgentError } from './agent-viewer';
import { followDossier, isDossierFollowed } from './follow-dossier';
import { assignInstructor } from '@/test/integration/instruction';
import { listQueue } from './list-queue';
import { NOT_FOUND_CODE } from '@/lib/actions/result';
import { createApplicant, createQueueProcedure, createQueueProfile, insertQueueDossiers, NUMBER_PREFIX } from '@/test/integration/queue';
import { parseQueueQuery, QUEUE_SORTS, type QueueQuery, type QueueSortId, type QueueTabId } from './queue-query';

function query(overrides: Partial<QueueQuery> = {}): QueueQuery {
  return { ...parseQueueQuery({}), ...overrides };
}

async function ids(agent: AgentViewer, overrides: Partial<QueueQuery> = {}) {
  return (await listQueue(agent, query(overrides))).rows.map((row) => row.id);
}

/** Two démarches: A (one dossier per status, a draft) and B (one deposited dossier). */
async function twoProcedures() {
  const a = await createQueueProcedure('Démarche A');
  const b = await createQueueProcedure('Démarche B');
  const applicant = await createApplicant('Jeanne', 'Martin');
  const [deposeA1, deposeA2, enInstruction, complement, accepte, refuse, brouillon] = await insertQueueDossiers(a, [
    { applicantId: applicant.id, status: 'DEPOSE' },
    { applicantId: applicant.id, status: 'DEPOSE' },
    { applicantId: applicant.id, status: 'EN_INSTRUCTION' },
    { applicantId: applicant.id, status: 'COMPLEMENT_DEMANDE' },
    { applicantId: applicant.id, status: 'ACCEPTE' },
    { applicantId: applicant.id, status: 'REFUSE' },
    { applicantId: applicant.id, status: 'BROUILLON' },
  ]);
  const [deposeB] = await insertQueueDossiers(b, [{ applicantId: applicant.id, status: 'DEPOSE' }]);
  const instructeur = await createUserWithRole('INSTRUCTEUR');
  await assignInstructor(instructeur.id, a.id);
  return { a, b, instructeur, deposeA1, deposeA2, enInstruction, complement, accepte, refuse, brouillon, deposeB };
}

describe('listQueue: scope and tabs', () => {
  it('shows an instructeur the dossiers of the démarches assigned to them only, by tab, with counts', async () => {
    const s = await twoProcedures();
    const result = await listQueue(s.instructeur, query());
    expect(result.procedures).toEqual([{ id: s.a.id, title: 'Démarche A' }]);
    expect(result.rows.map((row) => row.id).sort()).toEqual([s.deposeA1.id, s.deposeA2.id].sort());
    expect(result.counts).toEqual({ 'a-traiter': 2, 'en-instruction': 1, 'complement-demande': 1, traites: 2 });
    expect(await ids(s.instructeur, { tab: 'en-instruction' })).toEqual([s.enInstruction.id]);
    expect(await ids(s.instructeur, { tab: 'complement-demande' })).toEqual([s.complement.id]);
    expect((await ids(s.instructeur, { tab: 'traites' })).sort()).toEqual([s.accepte.id, s.refuse.id].sort());
    // Asking for démarche B (not assigned) is ignored, never a way around the scope.
    const forB = await listQueue(s.instructeur, query({ procedureId: s.b.id }));
    expect(forB.procedureId).toBeUndefined();
    expect(forB.rows.map((row) => row.id)).not.toContain(s.deposeB.id);
    const row = result.rows.find((candidate) => candidate.id === s.deposeA1.id);
    expect(row).toMatchObject({
      number: s.deposeA1.number,
      status: 'DEPOSE',
      procedureTitle: 'Démarche A',
      applicantName: 'Jeanne Martin',
      profileName: null,
      followed: false,
    });
  });

  it('shows an administrator every démarche, filtered on request; never a draft', async () => {
    const s = await twoProcedures();
    const admin = await createUserWithRole('ADMIN');
    const all = await listQueue(admin, query());
    expect(all.procedures.map((procedure) => procedure.id)).toEqual(expect.arrayContaining([s.a.id, s.b.id]));
    const onlyA = await listQueue(admin, query({ procedureId: s.a.id }));
    expect(onlyA.counts).toEqual({ 'a-traiter': 2, 'en-instruction': 1, 'complement-demande': 1, traites: 2 });
    expect(await ids(admin, { procedureId: s.b.id })).toEqual([s.deposeB.id]);
    for (const tab of ['a-traiter', 'en-instruction', 'complement-demande', 'traites'] satisfies QueueTabId[]) {
      expect(await ids(admin, { tab, procedureId: s.a.id })).not.toContain(s.brouillon.id);
      expect(await ids(s.instructeur, { tab })).not.toContain(s.brouillon.id);
    }
  });

  it('tells an instructeur without démarche nothing, and refuses an applicant', async () => {
    await twoProcedures();
    const alone = await createUserWithRole('INSTRUCTEUR');
    expect(await listQueue(alone, query())).toEqual({
      procedures: [],
      rows: [],
      counts: { 'a-traiter': 0, 'en-instruction': 0, 'complement-demande': 0, traites: 0 },
    });
    const usager = await createUserWithRole('USAGER');
    await expect(listQueue(usager, query())).rejects.toBeInstanceOf(NotAnAgentError);
  });
});

describe('listQueue: search', () => {
  it('finds by number (exact or prefix), applicant name, profile name, SIRET or RNA; counts follow the search', async () => {
    const procedure = await createQueueProcedure();
    const agent = await createUserWithRole('INSTRUCTEUR');
    await assignInstructor(agent.id, procedure.id);
    const gwen = await createApplicant('Gwendoline', 'Quarteron');
    const other = await createApplicant('Paul', 'Durand');
    const moulin = await createQueueProfile('Les Amis du Moulin', { siret: '12345678900012', rna: 'W751234567' });
    const [byGwen, byGwenDone, forMoulin, plain] = await insertQueueDossiers(procedure, [
      { applicantId: gwen.id },
      { applicantId: gwen.id, status: 'ACCEPTE' },
      { applicantId: other.id, profileId: moulin.id, status: 'EN_INSTRUCTION' },
      { applicantId: other.id },
    ]);
    const search = async (text: string, tab: QueueTabId = 'a-traiter') => listQueue(agent, query({ search: text, tab }));

    expect((await search(plain.number!)).rows.map((row) => row.id)).toEqual([plain.id]);
    const prefix = await search(plain.number!.slice(0, -1));
    expect(prefix.rows.map((row) => row.id)).toContain(plain.id);
    expect((await search(`${NUMBER_PREFIX}-`)).counts['a-traiter']).toBeGreaterThanOrEqual(2);

    const byName = await search('quarteron');
    expect(byName.rows.map((row) => row.id)).toEqual([byGwen.id]);
    expect(byName.counts).toEqual({ 'a-traiter': 1, 'en-instruction': 0, 'complement-demande': 0, traites: 1 });
    expect((await search('Gwendoline QUARTERON', 'traites')).rows.map((row) => row.id)).toEqual([byGwenDone.id]);
    expect((await search('Gwendoline Durand')).rows).toEqual([]);

    for (const text of ['amis du moulin', '123 456 789 00012', 'w751234567']) {
      const found = await search(text, 'en-instruction');
      expect(
        found.rows.map((row) => row.id),
        text,
      ).toEqual([forMoulin.id]);
      expect(found.rows[0].profileName).toBe('Les Amis du Moulin');
      expect(found.counts['a-traiter'], text).toBe(0);
    }
    expect((await search('12')).rows).toEqual([]);
  });
});

describe('listQueue: keyset pagination', () => {
  async function walk(agent: AgentViewer, sort: QueueSortId, procedureId: string) {
    const pages: string[][] = [];
    let result = await listQueue(agent, query({ sort, procedureId }));
    expect(result.previous).toBeUndefined();
    pages.push(result.rows.map((row) => row.id));
    while (result.next) {
      result = await listQueue(agent, query({ sort, procedureId, after: result.next }));
      pages.push(result.rows.map((row) => row.id));
    }
    const backwards: string[][] = [pages.at(-1)!];
    while (result.previous) {
      result = await listQueue(agent, query({ sort, procedureId, before: result.previous }));
      backwards.unshift(result.rows.map((row) => row.id));
    }
    return { pages, backwards };
  }

  it('walks 60 dossiers forward and back without gap or repetition, with every sort', async () => {
    const procedure = await createQueueProcedure();
    const agent = await createUserWithRole('INSTRUCTEUR');
    await assignInstructor(agent.id, procedure.id);
    const applicant = await createApplicant('Jeanne', 'Martin');
    const base = Date.parse('2026-10-01T08:00:00.000Z');
    // Ties on purpose (three dossiers per minute): the id must break them.
    const specs = Array.from({ length: 60 }, (_, index) => ({
      applicantId: applicant.id,
      submittedAt: new Date(base + Math.floor(index / 3) * 60_000),
      updatedAt: new Date(base + ((index * 7) % 20) * 3_600_000),
    }));
    const dossiers = await insertQueueDossiers(procedure, specs);
    const keyed = dossiers.map((dossier, index) => ({
      id: dossier.id,
      number: dossier.number!,
      submittedAt: specs[index].submittedAt.getTime(),
      updatedAt: specs[index].updatedAt.getTime(),
    }));
    const byKeyThenId = (key: (row: (typeof keyed)[number]) => number, direction: 1 | -1) => (x: (typeof keyed)[number], y: (typeof keyed)[number]) =>
      direction * (key(x) - key(y) || (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
    const expected: Partial<Record<QueueSortId, string[]>> = {
      'depot-recent': [...keyed].sort(byKeyThenId((row) => row.submittedAt, -1)).map((row) => row.id),
      'depot-ancien': [...keyed].sort(byKeyThenId((row) => row.submittedAt, 1)).map((row) => row.id),
      modification: [...keyed].sort(byKeyThenId((row) => row.updatedAt, -1)).map((row) => row.id),
    };

    for (const { id: sort } of QUEUE_SORTS) {
      const { pages, backwards } = await walk(agent, sort, procedure.id);
      expect(
        pages.map((page) => page.length),
        sort,
      ).toEqual([25, 25, 10]);
      const all = pages.flat();
      expect(new Set(all).size, sort).toBe(60);
      expect([...all].sort(), sort).toEqual(dossiers.map((dossier) => dossier.id).sort());
      if (expected[sort]) expect(all, sort).toEqual(expected[sort]);
      expect(backwards, sort).toEqual(pages);
    }
    // « Numéro »: the numbers were given in ascending order.
    const { pages } = await walk(agent, 'numero', procedure.id);
    expect(pages.flat()).toEqual(dossiers.map((dossier) => dossier.id));
  });

  it('keeps the search and filters while paginating, and counts stay those of the whole result', async () => {
    const procedure = await createQueueProcedure();
    const agent = await createUserWithRole('ADMIN');
    const applicant = await createApplicant('Octave', 'Lemarchand');
    await insertQueueDossiers(
      procedure,
      Array.from({ length: 30 }, () => ({ applicantId: applicant.id })),
    );
    const first = await listQueue(agent, query({ search: 'Lemarchand', procedureId: procedure.id }));
    expect(first.counts['a-traiter']).toBe(30);
    const second = await listQueue(agent, query({ search: 'Lemarchand', procedureId: procedure.id, after: first.next }));
    expect(second.rows).toHaveLength(5);
    expect(second.next).toBeUndefined();
    expect(new Set([...first.rows, ...second.rows].map((row) => row.id)).size).toBe(30);
  });
});

describe('followDossier', () => {
  it('follows and unfollows once (idempotent, journaled), and the « suivis » filter shows only followed dossiers', async () => {
    const s = await twoProcedures();
    const agent = s.instructeur;
    expect(await followDossier(agent, s.deposeA1.id, true)).toEqual({ ok: true, data: { following: true, changed: true } });
    expect(await followDossier(agent, s.deposeA1.id, true)).toEqual({ ok: true, data: { following: true, changed: false } });
    expect(await db.dossierFollow.count({ where: { userId: agent.id } })).toBe(1);
    expect(await isDossierFollowed(agent, s.deposeA1.id)).toBe(true);
    expect(await isDossierFollowed(agent, s.deposeA2.id)).toBe(false);

    const followed = await listQueue(agent, query({ followedOnly: true }));
    expect(followed.rows.map((row) => row.id)).toEqual([s.deposeA1.id]);
    expect(followed.rows[0].followed).toBe(true);
    expect(followed.counts).toEqual({ 'a-traiter': 1, 'en-instruction': 0, 'complement-demande': 0, traites: 0 });
    // Another agent's follow is theirs only.
    const colleague = await createUserWithRole('ADMIN');
    expect((await listQueue(colleague, query({ procedureId: s.a.id }))).rows.every((row) => !row.followed)).toBe(true);

    expect(await followDossier(agent, s.deposeA1.id, false)).toEqual({ ok: true, data: { following: false, changed: true } });
    expect(await followDossier(agent, s.deposeA1.id, false)).toEqual({ ok: true, data: { following: false, changed: false } });
    expect((await listQueue(agent, query({ followedOnly: true }))).rows).toEqual([]);
    expect(await db.auditLog.findMany({ where: { actorId: agent.id }, select: { action: true, targetId: true }, orderBy: { createdAt: 'asc' } })).toEqual([
      { action: 'instruction.follow', targetId: s.deposeA1.id },
      { action: 'instruction.unfollow', targetId: s.deposeA1.id },
    ]);
  });

  it('cannot follow a dossier outside the scope, a draft, or anything as an applicant', async () => {
    const s = await twoProcedures();
    const notFound = { ok: false, code: NOT_FOUND_CODE, message: 'Ce dossier est introuvable.' };
    expect(await followDossier(s.instructeur, s.deposeB.id, true)).toEqual(notFound);
    expect(await followDossier(s.instructeur, s.brouillon.id, true)).toEqual(notFound);
    expect(await followDossier(s.instructeur, 'pas-un-id', true)).toEqual(notFound);
    const usager = await createUserWithRole('USAGER');
    await expect(followDossier(usager, s.deposeA1.id, true)).rejects.toBeInstanceOf(NotAnAgentError);
    expect(await db.dossierFollow.count({ where: { dossierId: { in: [s.deposeB.id, s.brouillon.id, s.deposeA1.id] } } })).toBe(0);
    expect(await db.auditLog.count({ where: { actorId: { in: [s.instructeur.id, usager.id] } } })).toBe(0);
  });
});
