import 'server-only';
import { db } from '@/lib/db';
import { DECISION_STATUSES, DOSSIER_STATUS_LABELS } from '@/lib/dossiers/status';
import { Prisma, type DossierStatus } from '@/lib/generated/prisma/client';
import { toParisDay } from '@/lib/procedures/campaign-dates';
import { findProcedureForAgent, type AgentProcedureOption } from './agent-procedures';
import { dossierScope } from './agent-scope';
import { dossierScopeJoin } from './agent-scope-sql';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { EXPORTABLE_STATUSES } from './export-columns';
import { mondayOf, recentWeeks, type WeekBucket } from './statistics-format';

// Durations (median, 90th percentile) are computed by PostgreSQL: no row is loaded here, whatever the number of dossiers.

export const STATISTICS_WEEKS = 12;

export type StatusCount = { status: DossierStatus; label: string; count: number };

export type DossierStatistics = {
  procedure: AgentProcedureOption | null;
  deposited: number;
  byStatus: StatusCount[];
  weeks: WeekBucket[];
  processing: { decided: number; medianDays: number | null; p90Days: number | null };
};

/** Null when `procedureId` is unknown or outside the agent's scope. */
export async function getDossierStatistics(agent: AgentViewer, options: { procedureId?: string; now?: Date } = {}): Promise<DossierStatistics | null> {
  assertAgent(agent);
  let procedure: AgentProcedureOption | null = null;
  if (options.procedureId) {
    procedure = await findProcedureForAgent(agent, options.procedureId);
    if (!procedure) return null;
  }
  const onProcedure = procedure ? Prisma.sql`AND d."procedureId" = ${procedure.id}::uuid` : Prisma.empty;
  const scopeJoin = dossierScopeJoin(agent);

  const grouped = await db.dossier.groupBy({
    by: ['status'],
    where: { AND: [dossierScope(agent), procedure ? { procedureId: procedure.id } : {}] },
    _count: { _all: true },
  });
  const counts = new Map(grouped.map((group) => [group.status, group._count._all]));
  const byStatus = EXPORTABLE_STATUSES.map((status) => ({ status, label: DOSSIER_STATUS_LABELS[status], count: counts.get(status) ?? 0 }));

  // Weeks are Paris weeks: a deposit at 00:30 on a Monday in Paris (Sunday 23:30 UTC) is Monday's.
  const today = toParisDay(options.now ?? new Date());
  const empty = recentWeeks(today, STATISTICS_WEEKS);
  const from = empty[0].start;
  const until = recentWeeks(today, 1)[0].start;
  const paris = Prisma.sql`((d."submittedAt" AT TIME ZONE 'UTC') AT TIME ZONE 'Europe/Paris')`;
  const weekRows = await db.$queryRaw<{ week: string; count: number }[]>`
    SELECT to_char(date_trunc('week', ${paris}), 'YYYY-MM-DD') AS week, count(*)::int AS count
    FROM "Dossier" d ${scopeJoin}
    WHERE d.status <> 'BROUILLON' AND d."submittedAt" IS NOT NULL ${onProcedure}
      AND ${paris} >= ${from}::date AND ${paris} < (${until}::date + 7)
    GROUP BY 1`;
  const weeks = recentWeeks(today, STATISTICS_WEEKS, new Map(weekRows.map((row) => [mondayOf(row.week), Number(row.count)])));

  const decisions = Prisma.join(DECISION_STATUSES.map((status) => Prisma.sql`${status}::"DossierStatus"`));
  const days = Prisma.sql`(EXTRACT(EPOCH FROM (d."decidedAt" - d."submittedAt")) / 86400)::float8`;
  const [durations] = await db.$queryRaw<{ decided: number; median: number | null; p90: number | null }[]>`
    SELECT count(*)::int AS decided,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${days}) AS median,
      percentile_cont(0.9) WITHIN GROUP (ORDER BY ${days}) AS p90
    FROM "Dossier" d ${scopeJoin}
    WHERE d.status IN (${decisions}) AND d."decidedAt" IS NOT NULL AND d."submittedAt" IS NOT NULL ${onProcedure}`;

  return {
    procedure,
    deposited: byStatus.reduce((sum, entry) => sum + entry.count, 0),
    byStatus,
    weeks,
    processing: {
      decided: Number(durations.decided),
      medianDays: durations.median === null ? null : Number(durations.median),
      p90Days: durations.p90 === null ? null : Number(durations.p90),
    },
  };
}
