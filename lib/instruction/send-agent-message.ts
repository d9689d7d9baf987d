import 'server-only';
import { failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { dossierNotFound } from '@/lib/dossiers/dossier-failures';
import { attachStoredFiles } from '@/lib/files/attach-stored-files';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { AGENT_FILE_UNAVAILABLE } from './issue-document';
import { loadDossierForAgent } from './load-agent-dossier';

export async function sendAgentMessage(agent: AgentViewer, dossierId: string, body: string, fileIds: string[]): Promise<ActionResult<{ messageId: string }>> {
  assertAgent(agent);
  return db.$transaction(async (tx) => {
    const dossier = await loadDossierForAgent(tx, agent, dossierId);
    if (!dossier) return dossierNotFound();
    const ids = [...new Set(fileIds)];
    if (!(await attachStoredFiles(tx, agent.id, ids))) return failOnField('fileIds', AGENT_FILE_UNAVAILABLE);
    const message = await tx.dossierMessage.create({
      data: { dossierId, authorId: agent.id, fromAgent: true, body, files: { create: ids.map((fileId) => ({ fileId })) } },
      select: { id: true },
    });
    await tx.dossierEvent.create({ data: { dossierId, actorId: agent.id, type: 'message' } });
    await recordAudit(tx, { actorId: agent.id, action: 'instruction.message', targetType: 'Dossier', targetId: dossierId, details: { messageId: message.id } });
    await enqueueEmail(tx, {
      template: 'new-message',
      to: dossier.applicant.email,
      props: { firstName: dossier.applicant.firstName, dossierNumber: dossier.number ?? '', dossierId },
    });
    return succeed({ messageId: message.id });
  });
}
