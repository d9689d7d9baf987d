import 'server-only';
import { db } from '@/lib/db';
import type { DossierStatus } from '@/lib/generated/prisma/client';
import { dossierScopeJoin } from '@/lib/instruction/agent-scope-sql';
import { assertAgent, type AgentViewer } from '@/lib/instruction/agent-viewer';
import { retentionConfig } from './retention-config';
import { daysAfter, type RetentionConfig } from './retention-rules';

export type DossierDue = {
  id: string;
  number: string | null;
  status: DossierStatus;
  procedureTitle: string;
  decidedAt: Date;
  /** The démarche's own « Durée de conservation », or null when the default applies. */
  retentionMonths: number | null;
  effectiveMonths: number;
  anonymisedOn: Date;
};

/** The decided dossiers this agent may see whose retention ends within the notice (or has ended, the worker not run yet). */
export async function listDossiersDue(agent: AgentViewer, options: { now?: Date; config?: RetentionConfig; limit?: number } = {}): Promise<DossierDue[]> {
  assertAgent(agent);
  const now = options.now ?? new Date();
  const config = options.config ?? retentionConfig();
  const until = daysAfter(now, config.dueSoonDays);
  return db.$queryRaw<DossierDue[]>`
    SELECT d.id, d.number, d.status, p.title AS "procedureTitle", d."decidedAt", p."retentionMonths",
      COALESCE(p."retentionMonths", ${config.dossierMonths}::int) AS "effectiveMonths",
      d."decidedAt" + make_interval(months => COALESCE(p."retentionMonths", ${config.dossierMonths}::int)) AS "anonymisedOn"
    FROM "Dossier" d JOIN "Procedure" p ON p.id = d."procedureId" ${dossierScopeJoin(agent)}
    WHERE d."anonymizedAt" IS NULL AND d.status IN ('ACCEPTE', 'REFUSE', 'SANS_SUITE') AND d."decidedAt" IS NOT NULL
      AND d."decidedAt" + make_interval(months => COALESCE(p."retentionMonths", ${config.dossierMonths}::int)) <= ${until}::timestamp(3)
    ORDER BY "anonymisedOn", d.number
    LIMIT ${options.limit ?? 200}`;
}

/** The last run of the retention job, for the administrators' page. */
export async function findLastRetentionRun() {
  return db.retentionRun.findFirst({ orderBy: { finishedAt: 'desc' }, select: { startedAt: true, finishedAt: true, counts: true } });
}
