import type { Prisma } from '@/lib/generated/prisma/client';
import type { AgentViewer } from './agent-viewer';

// Every query of the back-office goes through these filters (docs/decisions/012-instruction-scope.md).

export function procedureScope(agent: AgentViewer): Prisma.ProcedureWhereInput {
  return agent.role === 'ADMIN' ? {} : { instructors: { some: { userId: agent.id } } };
}

/** The deposited dossiers an agent may see (never a draft). */
export function dossierScope(agent: AgentViewer): Prisma.DossierWhereInput {
  return agent.role === 'ADMIN' ? { status: { not: 'BROUILLON' } } : { status: { not: 'BROUILLON' }, procedure: procedureScope(agent) };
}
