import 'server-only';
import { succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { dossierNotFound } from '@/lib/dossiers/dossier-failures';
import { transitionDossier } from '@/lib/dossiers/transition-dossier';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { loadDossierForAgent } from './load-agent-dossier';

export async function startInstruction(agent: AgentViewer, dossierId: string, expectedVersion: number): Promise<ActionResult<{ version: number }>> {
  assertAgent(agent);
  return db.$transaction(async (tx) => {
    const dossier = await loadDossierForAgent(tx, agent, dossierId);
    if (!dossier) return dossierNotFound();
    const moved = await transitionDossier(tx, { dossierId, expectedVersion, to: 'EN_INSTRUCTION', actorId: agent.id, eventType: 'instruction-started' });
    if (!moved.ok) return moved;
    await recordAudit(tx, { actorId: agent.id, action: 'instruction.start', targetType: 'Dossier', targetId: dossierId });
    await enqueueEmail(tx, {
      template: 'instruction-started',
      to: dossier.applicant.email,
      props: { firstName: dossier.applicant.firstName, dossierNumber: dossier.number ?? '', dossierId, procedureTitle: dossier.procedure.title },
    });
    return succeed({ version: moved.data!.version });
  });
}
