import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { transitionDossier } from '@/lib/dossiers/transition-dossier';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { checkMotif } from './decide-dossier';
import { DossierNotFoundForAgentError, loadDossierForAgent } from './load-agent-dossier';

/**
 * « Repasser en instruction »: a decision made by mistake is undone (ACCEPTE | REFUSE | SANS_SUITE
 * → EN_INSTRUCTION), always with a motif, which the applicant receives.
 */
export async function reopenInstruction(agent: AgentViewer, dossierId: string, expectedVersion: number, motif: string): Promise<{ version: number }> {
  assertAgent(agent);
  const text = checkMotif('REOPEN', motif) ?? '';
  return db.$transaction(async (tx) => {
    const dossier = await loadDossierForAgent(tx, agent, dossierId);
    if (!dossier) throw new DossierNotFoundForAgentError();
    // COMPLEMENT_DEMANDE → EN_INSTRUCTION is the applicant's « Transmettre », not this action.
    if (dossier.status === 'COMPLEMENT_DEMANDE' || dossier.status === 'DEPOSE') throw new NotDecidedError();
    const { version } = await transitionDossier(tx, {
      dossierId,
      expectedVersion,
      to: 'EN_INSTRUCTION',
      actorId: agent.id,
      eventType: 'instruction-reopened',
      message: text,
    });
    await recordAudit(tx, { actorId: agent.id, action: 'instruction.reopen', targetType: 'Dossier', targetId: dossierId });
    await enqueueEmail(tx, {
      template: 'instruction-reopened',
      to: dossier.applicant.email,
      props: { firstName: dossier.applicant.firstName, dossierNumber: dossier.number ?? '', dossierId, procedureTitle: dossier.procedure.title, motif: text },
    });
    return { version };
  });
}

export class NotDecidedError extends Error {
  constructor() {
    super('Seul un dossier décidé (accepté, refusé ou classé sans suite) peut repasser en instruction.');
    this.name = 'NotDecidedError';
  }
}
