import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { attachStoredFiles } from '@/lib/files/attach-stored-files';
import { enqueueEmail } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { DossierNotFoundForAgentError, loadDossierForAgent } from './load-agent-dossier';
import { LONG_TEXT_MAX_LENGTH } from '@/lib/validation/limits';

/** A message of « Les services du Département » in « Échanges », with the agent's own uploads. */
export async function sendAgentMessage(agent: AgentViewer, dossierId: string, body: string, fileIds: string[]): Promise<{ messageId: string }> {
  assertAgent(agent);
  const text = body.trim();
  if (text.length === 0 || text.length > LONG_TEXT_MAX_LENGTH) throw new Error('Le message doit contenir entre 1 et 5 000 caractères.');
  return db.$transaction(async (tx) => {
    const dossier = await loadDossierForAgent(tx, agent, dossierId);
    if (!dossier) throw new DossierNotFoundForAgentError();
    const ids = [...new Set(fileIds)];
    await attachStoredFiles(tx, agent.id, ids);
    const message = await tx.dossierMessage.create({
      data: { dossierId, authorId: agent.id, fromAgent: true, body: text, files: { create: ids.map((fileId) => ({ fileId })) } },
      select: { id: true },
    });
    await tx.dossierEvent.create({ data: { dossierId, actorId: agent.id, type: 'message' } });
    await recordAudit(tx, { actorId: agent.id, action: 'instruction.message', targetType: 'Dossier', targetId: dossierId, details: { messageId: message.id } });
    await enqueueEmail(tx, {
      template: 'new-message',
      to: dossier.applicant.email,
      props: { firstName: dossier.applicant.firstName, dossierNumber: dossier.number ?? '', dossierId },
    });
    return { messageId: message.id };
  });
}
