import 'server-only';
import { succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { complementDueAt } from '@/lib/dossiers/complement-due-date';
import { dossierNotFound } from '@/lib/dossiers/dossier-failures';
import { transitionDossier } from '@/lib/dossiers/transition-dossier';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { loadDossierForAgent } from './load-agent-dossier';

/** `dueOn`: the « Date limite de réponse », a Paris day (YYYY-MM-DD) after today, checked by the form's schema. */
export type ComplementRequest = { message: string; dueOn: string };

export async function requestComplement(
  agent: AgentViewer,
  dossierId: string,
  expectedVersion: number,
  request: ComplementRequest,
): Promise<ActionResult<{ version: number }>> {
  assertAgent(agent);
  return db.$transaction(async (tx) => {
    const dossier = await loadDossierForAgent(tx, agent, dossierId);
    if (!dossier) return dossierNotFound();
    const moved = await transitionDossier(tx, {
      dossierId,
      expectedVersion,
      to: 'COMPLEMENT_DEMANDE',
      actorId: agent.id,
      eventType: 'complement-requested',
      message: request.message,
    });
    if (!moved.ok) return moved;
    // Not a change of the dossier's version: the transition above made it.
    await tx.dossier.update({ where: { id: dossierId }, data: { complementDueAt: complementDueAt(request.dueOn) } });
    await recordAudit(tx, { actorId: agent.id, action: 'instruction.complement-requested', targetType: 'Dossier', targetId: dossierId });
    await enqueueEmail(tx, {
      template: 'complement-requested',
      to: dossier.applicant.email,
      props: {
        firstName: dossier.applicant.firstName,
        dossierNumber: dossier.number ?? '',
        dossierId,
        procedureTitle: dossier.procedure.title,
        request: request.message,
        dueOn: request.dueOn,
      },
    });
    return succeed({ version: moved.data!.version });
  });
}
