import 'server-only';
import { succeed, type ActionFailure, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { dossierNotFound } from '@/lib/dossiers/dossier-failures';
import { DOSSIER_STATUS_LABELS } from '@/lib/dossiers/status';
import { transitionDossier } from '@/lib/dossiers/transition-dossier';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { issueDocumentInTransaction } from './issue-document';
import { loadDossierForAgent } from './load-agent-dossier';

export type Decision = 'ACCEPTE' | 'REFUSE' | 'SANS_SUITE';

export type DecisionInput = {
  decision: Decision;
  /** Required to refuse or to close without follow-up (the form's schema says so); kept and sent to accept. */
  reason?: string;
  fileId?: string;
  documentTitle?: string;
};

/** The decision's document is refused after the status changed: thrown to roll the transaction back. */
class DocumentRefused extends Error {
  constructor(readonly failure: ActionFailure) {
    super(failure.message);
  }
}

/** One transaction: a stale version or an unusable file leaves nothing written. */
export async function decideDossier(
  agent: AgentViewer,
  dossierId: string,
  expectedVersion: number,
  input: DecisionInput,
): Promise<ActionResult<{ version: number }>> {
  assertAgent(agent);
  const reason = input.reason || null;
  const documentTitle = input.fileId ? input.documentTitle || `Décision — ${DOSSIER_STATUS_LABELS[input.decision]}` : null;
  try {
    return await db.$transaction(async (tx) => {
      const dossier = await loadDossierForAgent(tx, agent, dossierId);
      if (!dossier) return dossierNotFound();
      const moved = await transitionDossier(tx, {
        dossierId,
        expectedVersion,
        to: input.decision,
        actorId: agent.id,
        eventType: 'decision',
        message: reason ?? undefined,
      });
      if (!moved.ok) return moved;
      await recordAudit(tx, {
        actorId: agent.id,
        action: 'instruction.decision',
        targetType: 'Dossier',
        targetId: dossierId,
        details: { decision: input.decision },
      });
      if (input.fileId && documentTitle) {
        const issued = await issueDocumentInTransaction(
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
        if (!issued.ok) throw new DocumentRefused(issued);
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
          reason,
          documentTitle,
        },
      });
      return succeed({ version: moved.data!.version });
    });
  } catch (error) {
    if (error instanceof DocumentRefused) return error.failure;
    throw error;
  }
}
