import 'server-only';
import { db } from '@/lib/db';
import type { AgentViewer } from './agent-viewer';
import { assertAgent } from './agent-viewer';
import { procedureScope } from './agent-scope';
import { isUuid } from '@/lib/validation/uuid';

// The démarches an agent may choose in the back-office's selects (exports, statistics): only
// those of their scope, so that a select never reveals the title of another service's démarche.

export type AgentProcedureOption = { id: string; slug: string; title: string };

export async function listProceduresForAgent(agent: AgentViewer): Promise<AgentProcedureOption[]> {
  assertAgent(agent);
  return db.procedure.findMany({ where: procedureScope(agent), orderBy: [{ title: 'asc' }, { slug: 'asc' }], select: { id: true, slug: true, title: true } });
}

/** One démarche of the agent's scope, or null (unknown id, or another service's: the same answer). */
export async function findProcedureForAgent(agent: AgentViewer, procedureId: string): Promise<AgentProcedureOption | null> {
  assertAgent(agent);
  if (!isUuid(procedureId)) return null;
  return db.procedure.findFirst({ where: { id: procedureId, ...procedureScope(agent) }, select: { id: true, slug: true, title: true } });
}
