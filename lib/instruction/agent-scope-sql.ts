import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AgentViewer } from './agent-viewer';

// procedureScope (agent-scope.ts) in raw SQL, for aggregates Prisma cannot express (percentiles).
// The dossier table must be aliased `d`.

export function dossierScopeJoin(agent: AgentViewer): Prisma.Sql {
  return agent.role === 'ADMIN'
    ? Prisma.empty
    : Prisma.sql`JOIN "ProcedureInstructor" scope ON scope."procedureId" = d."procedureId" AND scope."userId" = ${agent.id}::uuid`;
}
