import { describe, expect, it } from 'vitest';
import { createUserWithRole } from '@/test/integration/follow-up';
import { createTestProcedure } from '@/test/integration/procedures';
import { NotAnAgentError } from './agent-viewer';
import { insertDossiers } from '@/test/integration/instruction-data';
import { getDossierStatistics } from './dossier-statistics';
import { assignInstructor } from '@/test/integration/instruction';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-29T12:00:00Z'); // a Sunday: the current week starts on Monday 23
const at = (iso: string) => new Date(iso);

/** A decided dossier that took `days` days (deposited long before the 12 weeks shown). */
function decided(days: number, status: 'ACCEPTE' | 'REFUSE' | 'SANS_SUITE' = 'ACCEPTE') {
  const submittedAt = at('2026-01-05T08:00:00Z');
  return { status, submittedAt, decidedAt: new Date(submittedAt.getTime() + days * DAY) };
}

async function seedProcedure() {
  const procedure = await createTestProcedure();
  const applicant = await createUserWithRole('USAGER');
  await insertDossiers(procedure.id, applicant.id, [
    decided(1),
    decided(2, 'REFUSE'),
    decided(3),
    decided(4, 'SANS_SUITE'),
    decided(10),
    { status: 'DEPOSE', submittedAt: at('2026-11-23T08:00:00Z') },
    // Sunday 23:30 UTC is Monday 00:30 in Paris: the current week.
    { status: 'EN_INSTRUCTION', submittedAt: at('2026-11-22T23:30:00Z') },
    { status: 'COMPLEMENT_DEMANDE', submittedAt: at('2026-11-22T22:30:00Z') },
    { status: 'DEPOSE', submittedAt: at('2026-09-07T10:00:00Z') },
    // Before the 12 weeks shown: counted per status, not per week.
    { status: 'DEPOSE', submittedAt: at('2026-09-06T10:00:00Z') },
    { status: 'BROUILLON' },
    // Back to instruction after a decision: decidedAt cleared, not a decided dossier.
    { status: 'EN_INSTRUCTION', submittedAt: at('2026-01-05T08:00:00Z') },
  ]);
  return procedure;
}

describe('dossier statistics', () => {
  it('counts per status, per Paris week with zeros, and the median and 90th percentile of decision times', async () => {
    const admin = await createUserWithRole('ADMIN');
    const procedure = await seedProcedure();
    const statistics = await getDossierStatistics(admin, { procedureId: procedure.id, now });
    expect(statistics).not.toBeNull();
    const { byStatus, deposited, weeks, processing } = statistics!;

    expect(Object.fromEntries(byStatus.map((entry) => [entry.label, entry.count]))).toEqual({
      Déposé: 3,
      'En instruction': 2,
      'Complément demandé': 1,
      Accepté: 3,
      Refusé: 1,
      'Classé sans suite': 1,
    });
    expect(deposited).toBe(11);

    expect(weeks).toHaveLength(12);
    expect(weeks[0]).toMatchObject({ start: '2026-09-07', isoWeek: 37, count: 1 });
    expect(weeks[11]).toMatchObject({ start: '2026-11-23', isoWeek: 48, count: 2 });
    expect(weeks[10]).toMatchObject({ start: '2026-11-16', count: 1 });
    expect(weeks.reduce((sum, week) => sum + week.count, 0)).toBe(4);

    // Durations 1, 2, 3, 4, 10 days: median 3; p90 = 4 + 0.6 × (10 − 4) = 7.6 (percentile_cont).
    expect(processing.decided).toBe(5);
    expect(processing.medianDays).toBeCloseTo(3, 6);
    expect(processing.p90Days).toBeCloseTo(7.6, 6);
  });

  it('gives an instructeur the statistics of their démarches only', async () => {
    const instructeur = await createUserWithRole('INSTRUCTEUR');
    const mine = await seedProcedure();
    const other = await seedProcedure();
    await assignInstructor(instructeur.id, mine.id);

    const all = await getDossierStatistics(instructeur, { now });
    expect(all!.deposited).toBe(11);
    expect(all!.processing.decided).toBe(5);
    expect(all!.weeks.reduce((sum, week) => sum + week.count, 0)).toBe(4);
    expect(all!.procedure).toBeNull();

    expect(await getDossierStatistics(instructeur, { procedureId: other.id, now })).toBeNull();
    expect((await getDossierStatistics(instructeur, { procedureId: mine.id, now }))!.deposited).toBe(11);

    const newcomer = await createUserWithRole('INSTRUCTEUR');
    const nothing = await getDossierStatistics(newcomer, { now });
    expect(nothing).toMatchObject({ deposited: 0, processing: { decided: 0, medianDays: null, p90Days: null } });
    expect(nothing!.weeks.every((week) => week.count === 0)).toBe(true);

    const applicant = await createUserWithRole('USAGER');
    await expect(getDossierStatistics(applicant, { now })).rejects.toBeInstanceOf(NotAnAgentError);
  });
});
