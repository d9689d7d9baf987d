import type { Prisma } from '@/lib/generated/prisma/client';
import type { AgentViewer } from './agent-viewer';

// Who sees what in /instruction: administrators every démarche, an instructeur only the démarches
// assigned to them (ProcedureInstructor). Every query of the back-office goes through these
// filters, so a page, an action, a download or an export never reaches another démarche's dossier.

export function procedureScope(agent: AgentViewer): Prisma.ProcedureWhereInput {
  return agent.role === 'ADMIN' ? {} : { instructors: { some: { userId: agent.id } } };
}

/** The deposited dossiers an agent may see (never a draft). */
export function dossierScope(agent: AgentViewer): Prisma.DossierWhereInput {
  return agent.role === 'ADMIN' ? { status: { not: 'BROUILLON' } } : { status: { not: 'BROUILLON' }, procedure: procedureScope(agent) };
}
