import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AgentViewer } from './agent-viewer';
import { dossierScopeJoin } from './agent-scope-sql';
import { QUEUE_COUNT_CAP, QUEUE_TABS } from './queue-query';

/**
 * Capped at QUEUE_COUNT_CAP + 1, in one query. Raw SQL because a capped read must have no ORDER BY:
 * Prisma orders every limited read, and PostgreSQL then sorts every matching row before the limit.
 * Without an order, each count is an index-only scan that stops at the cap (docs/decisions/013).
 */
export async function countPlainQueueTabs(agent: AgentViewer, procedureId: string | undefined): Promise<number[]> {
  const procedureFilter = procedureId ? Prisma.sql`AND d."procedureId" = ${procedureId}::uuid` : Prisma.empty;
  const counts = QUEUE_TABS.map((tab, index) => {
    const statuses = Prisma.join(tab.statuses.map((status) => Prisma.sql`${status}::"DossierStatus"`));
    return Prisma.sql`(SELECT count(*)::int FROM (
        SELECT 1 FROM "Dossier" d ${dossierScopeJoin(agent)}
        WHERE d.status IN (${statuses}) AND d."submittedAt" IS NOT NULL ${procedureFilter}
        LIMIT ${QUEUE_COUNT_CAP + 1}
      ) capped) AS ${Prisma.raw(`tab${index}`)}`;
  });
  const [row] = await db.$queryRaw<Record<string, number>[]>`SELECT ${Prisma.join(counts)}`;
  return QUEUE_TABS.map((_tab, index) => row[`tab${index}`]);
}
