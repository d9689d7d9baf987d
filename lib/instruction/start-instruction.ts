import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { transitionDossier } from '@/lib/dossiers/transition-dossier';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { DossierNotFoundForAgentError, loadDossierForAgent } from './load-agent-dossier';

/** DEPOSE → EN_INSTRUCTION, and the applicant is told. Throws DossierConflictError / InvalidTransitionError / NotAnAgentError. */
export async function startInstruction(agent: AgentViewer, dossierId: string, expectedVersion: number): Promise<{ version: number }> {
  assertAgent(agent);
  return db.$transaction(async (tx) => {
    const dossier = await loadDossierForAgent(tx, agent, dossierId);
    if (!dossier) throw new DossierNotFoundForAgentError();
    const { version } = await transitionDossier(tx, { dossierId, expectedVersion, to: 'EN_INSTRUCTION', actorId: agent.id, eventType: 'instruction-started' });
    await recordAudit(tx, { actorId: agent.id, action: 'instruction.start', targetType: 'Dossier', targetId: dossierId });
    await enqueueEmail(tx, {
      template: 'instruction-started',
      to: dossier.applicant.email,
      props: { firstName: dossier.applicant.firstName, dossierNumber: dossier.number ?? '', dossierId, procedureTitle: dossier.procedure.title },
    });
    return { version };
  });
}
