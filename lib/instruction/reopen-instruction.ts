import 'server-only';
import { fail, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { dossierNotFound } from '@/lib/dossiers/dossier-failures';
import { transitionDossier } from '@/lib/dossiers/transition-dossier';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { loadDossierForAgent } from './load-agent-dossier';

export const NOT_DECIDED = 'Seul un dossier décidé (accepté, refusé ou classé sans suite) peut repasser en instruction.';

/** Undoes a decision made by mistake; the motif goes to the applicant. */
export async function reopenInstruction(
  agent: AgentViewer,
  dossierId: string,
  expectedVersion: number,
  reason: string,
): Promise<ActionResult<{ version: number }>> {
  assertAgent(agent);
  return db.$transaction(async (tx) => {
    const dossier = await loadDossierForAgent(tx, agent, dossierId);
    if (!dossier) return dossierNotFound();
    // COMPLEMENT_DEMANDE → EN_INSTRUCTION is the applicant's « Transmettre », not this action.
    if (dossier.status === 'COMPLEMENT_DEMANDE' || dossier.status === 'DEPOSE') return fail(NOT_DECIDED);
    const moved = await transitionDossier(tx, {
      dossierId,
      expectedVersion,
      to: 'EN_INSTRUCTION',
      actorId: agent.id,
      eventType: 'instruction-reopened',
      message: reason,
    });
    if (!moved.ok) return moved;
    await recordAudit(tx, { actorId: agent.id, action: 'instruction.reopen', targetType: 'Dossier', targetId: dossierId });
    await enqueueEmail(tx, {
      template: 'instruction-reopened',
      to: dossier.applicant.email,
      props: { firstName: dossier.applicant.firstName, dossierNumber: dossier.number ?? '', dossierId, procedureTitle: dossier.procedure.title, reason },
    });
    return succeed({ version: moved.data!.version });
  });
}
