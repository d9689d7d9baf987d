import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { AgentViewer } from './agent-viewer';

// procedureScope (agent-scope.ts) for the few queries that need raw SQL (aggregates Prisma cannot
// express, e.g. percentiles): the same rule, written once. The dossier table must be aliased `d`.
// Administrators see every démarche; an instructeur only those of ProcedureInstructor.

export function dossierScopeJoin(agent: AgentViewer): Prisma.Sql {
  return agent.role === 'ADMIN'
    ? Prisma.empty
    : Prisma.sql`JOIN "ProcedureInstructor" scope ON scope."procedureId" = d."procedureId" AND scope."userId" = ${agent.id}::uuid`;
}
