import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { transitionDossier } from '@/lib/dossiers/transition-dossier';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { DossierNotFoundForAgentError, loadDossierForAgent } from './load-agent-dossier';
import { LONG_TEXT_MAX_LENGTH } from '@/lib/validation/limits';

export class ComplementMessageRequiredError extends Error {
  constructor() {
    super('Précisez les informations demandées.');
    this.name = 'ComplementMessageRequiredError';
  }
}

/** EN_INSTRUCTION → COMPLEMENT_DEMANDE with the services' message, shown at the top of the dossier and emailed about. */
export async function requestComplement(agent: AgentViewer, dossierId: string, expectedVersion: number, message: string): Promise<{ version: number }> {
  assertAgent(agent);
  const text = message.trim();
  if (text.length === 0 || text.length > LONG_TEXT_MAX_LENGTH) throw new ComplementMessageRequiredError();
  return db.$transaction(async (tx) => {
    const dossier = await loadDossierForAgent(tx, agent, dossierId);
    if (!dossier) throw new DossierNotFoundForAgentError();
    const { version } = await transitionDossier(tx, {
      dossierId,
      expectedVersion,
      to: 'COMPLEMENT_DEMANDE',
      actorId: agent.id,
      eventType: 'complement-requested',
      message: text,
    });
    await recordAudit(tx, { actorId: agent.id, action: 'instruction.complement-requested', targetType: 'Dossier', targetId: dossierId });
    await enqueueEmail(tx, {
      template: 'complement-requested',
      to: dossier.applicant.email,
      props: { firstName: dossier.applicant.firstName, dossierNumber: dossier.number ?? '', dossierId, procedureTitle: dossier.procedure.title },
    });
    return { version };
  });
}
