import 'server-only';
import { db } from '@/lib/db';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AgentViewer } from './agent-viewer';
import { dossierScopeJoin } from './agent-scope-sql';
import { QUEUE_COUNT_CAP, QUEUE_TABS } from './queue-query';

/**
 * The four tab counts of the plain queue (no search, no « suivis » filter: the page every agent
 * opens), capped at QUEUE_COUNT_CAP + 1, in one query. Raw SQL because a capped read must have no
 * ORDER BY: Prisma orders every limited read (by id, or by what it is told), and PostgreSQL then
 * read and sorted all the matching rows before the limit — 20 to 100 ms a count at 200 000
 * dossiers, and a parallel scan of the table for the biggest tabs. Without an order, each count
 * is an index-only scan of (procedureId, status, submittedAt) or (status, submittedAt) that stops
 * at the cap: about 1 ms for the four (docs/decisions/013).
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
