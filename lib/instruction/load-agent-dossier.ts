import 'server-only';
import type { Tx } from '@/lib/db';
import { documentListSchema } from '@/lib/procedures/field-definitions';
import type { AgentViewer } from './agent-viewer';
import { dossierScope } from './agent-scope';
import { isUuid } from '@/lib/validation/uuid';

// Outside the agent's scope: null, as if absent; the caller answers `dossierNotFound()`. An
// anonymised dossier (lib/retention) is only kept for the statistics: no act applies to it.

export async function loadDossierForAgent(tx: Tx, agent: AgentViewer, dossierId: string) {
  if (!isUuid(dossierId)) return null;
  const row = await tx.dossier.findFirst({
    where: { id: dossierId, anonymizedAt: null, ...dossierScope(agent) },
    select: {
      id: true,
      number: true,
      status: true,
      profileId: true,
      applicantId: true,
      procedureVersion: { select: { documents: true } },
      procedure: { select: { title: true } },
      applicant: { select: { email: true, firstName: true } },
    },
  });
  if (!row) return null;
  const { procedureVersion, ...dossier } = row;
  return { ...dossier, documents: documentListSchema.parse(procedureVersion.documents) };
}
