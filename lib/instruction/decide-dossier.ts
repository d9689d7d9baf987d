import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { DOSSIER_STATUS_LABELS } from '@/lib/dossiers/status';
import { transitionDossier } from '@/lib/dossiers/transition-dossier';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { checkDocumentTitle, issueDocumentInTransaction } from './issue-document';
import { DossierNotFoundForAgentError, loadDossierForAgent } from './load-agent-dossier';
import { LONG_TEXT_MAX_LENGTH, longTextTooLong } from '@/lib/validation/limits';

export type Decision = 'ACCEPTE' | 'REFUSE' | 'SANS_SUITE';

export class MotifRequiredError extends Error {
  constructor() {
    super('Saisissez le motif de la décision.');
    this.name = 'MotifRequiredError';
  }
}

export class MotifTooLongError extends Error {
  constructor() {
    super(longTextTooLong('Le motif'));
    this.name = 'MotifTooLongError';
  }
}

export type DecisionInput = {
  decision: Decision;
  /** Required to refuse or to close without follow-up; optional (but kept and sent) to accept. */
  motif?: string;
  /** The agent's own upload (e.g. the notification letter), sent to the dossier's recipient. */
  fileId?: string;
  documentTitle?: string;
};

/** A motif is what the applicant reads to understand a refusal: required except for an acceptance. */
export function checkMotif(decision: Decision | 'REOPEN', motif: string | undefined): string | null {
  const text = motif?.trim() ?? '';
  if (text.length > LONG_TEXT_MAX_LENGTH) throw new MotifTooLongError();
  if (text.length === 0) {
    if (decision === 'ACCEPTE') return null;
    throw new MotifRequiredError();
  }
  return text;
}

/**
 * « Accepter », « Refuser », « Classer sans suite »: EN_INSTRUCTION → the decision, with its motif
 * in the history, an optional document in « Mes documents reçus » and the applicant's email, all
 * in one transaction (a stale version or an unusable file leaves nothing written).
 */
export async function decideDossier(agent: AgentViewer, dossierId: string, expectedVersion: number, input: DecisionInput): Promise<{ version: number }> {
  assertAgent(agent);
  const motif = checkMotif(input.decision, input.motif);
  const documentTitle = input.fileId ? checkDocumentTitle(input.documentTitle?.trim() || `Décision — ${DOSSIER_STATUS_LABELS[input.decision]}`) : null;
  return db.$transaction(async (tx) => {
    const dossier = await loadDossierForAgent(tx, agent, dossierId);
    if (!dossier) throw new DossierNotFoundForAgentError();
    const { version } = await transitionDossier(tx, {
      dossierId,
      expectedVersion,
      to: input.decision,
      actorId: agent.id,
      eventType: 'decision',
      message: motif ?? undefined,
    });
    await recordAudit(tx, {
      actorId: agent.id,
      action: 'instruction.decision',
      targetType: 'Dossier',
      targetId: dossierId,
      details: { decision: input.decision },
    });
    if (input.fileId && documentTitle) {
      await issueDocumentInTransaction(
        tx,
        agent,
        {
          dossierId,
          recipientUserId: dossier.profileId ? null : dossier.applicantId,
          recipientProfileId: dossier.profileId,
          title: documentTitle,
          fileId: input.fileId,
        },
        { silentFor: [dossier.applicant.email] },
      );
    }
    await enqueueEmail(tx, {
      template: 'dossier-decided',
      to: dossier.applicant.email,
      props: {
        firstName: dossier.applicant.firstName,
        dossierNumber: dossier.number ?? '',
        dossierId,
        procedureTitle: dossier.procedure.title,
        decisionLabel: DOSSIER_STATUS_LABELS[input.decision],
        motif,
        documentTitle,
      },
    });
    return { version };
  });
}
