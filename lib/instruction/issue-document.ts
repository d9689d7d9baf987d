import 'server-only';
import { failOnField, succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db, type Tx } from '@/lib/db';
import { dossierNotFound } from '@/lib/dossiers/dossier-failures';
import { attachStoredFiles } from '@/lib/files/attach-stored-files';
import { enqueueEmails } from '@/lib/mail/outbox';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { loadDossierForAgent } from './load-agent-dossier';

export type IssueDocumentInput = { dossierId?: string; recipientUserId?: string; recipientProfileId?: string; title: string; fileId: string };

/** The agent's upload is gone (purged), someone else's or already used: they send it again. */
export const AGENT_FILE_UNAVAILABLE = 'Le fichier n’est plus disponible : envoyez-le de nouveau.';

/** Without an explicit recipient, the dossier's profile (or else its applicant) receives it. */
export async function issueDocument(agent: AgentViewer, input: IssueDocumentInput): Promise<ActionResult<{ issuedDocumentId: string }>> {
  assertAgent(agent);
  return db.$transaction(async (tx) => {
    let recipientUserId = input.recipientUserId ?? null;
    let recipientProfileId = input.recipientProfileId ?? null;
    if (input.dossierId) {
      const dossier = await loadDossierForAgent(tx, agent, input.dossierId);
      if (!dossier) return dossierNotFound();
      if (!recipientUserId && !recipientProfileId) {
        if (dossier.profileId) recipientProfileId = dossier.profileId;
        else recipientUserId = dossier.applicantId;
      }
    }
    if ((recipientUserId === null) === (recipientProfileId === null)) throw new Error('Un document est adressé à une personne ou à un profil.');
    return issueDocumentInTransaction(tx, agent, {
      dossierId: input.dossierId ?? null,
      recipientUserId,
      recipientProfileId,
      title: input.title,
      fileId: input.fileId,
    });
  });
}

type IssueInTransaction = { dossierId: string | null; recipientUserId: string | null; recipientProfileId: string | null; title: string; fileId: string };

/** In the caller's transaction (a decision sends its notification this way). `silentFor`: addresses the caller already told. */
export async function issueDocumentInTransaction(
  tx: Tx,
  agent: AgentViewer,
  input: IssueInTransaction,
  options: { silentFor?: string[] } = {},
): Promise<ActionResult<{ issuedDocumentId: string }>> {
  const { title, dossierId, recipientUserId, recipientProfileId } = input;
  if (!(await attachStoredFiles(tx, agent.id, [input.fileId]))) return failOnField('fileId', AGENT_FILE_UNAVAILABLE);
  const document = await tx.issuedDocument.create({
    data: { title, fileId: input.fileId, dossierId, recipientUserId, recipientProfileId, sentById: agent.id },
    select: { id: true },
  });
  if (dossierId) await tx.dossierEvent.create({ data: { dossierId, actorId: agent.id, type: 'document-issued', message: title } });
  await recordAudit(tx, { actorId: agent.id, action: 'instruction.document-issued', targetType: 'IssuedDocument', targetId: document.id });

  const recipients = recipientUserId
    ? await tx.user.findMany({ where: { id: recipientUserId }, select: { email: true, firstName: true } })
    : await tx.user.findMany({ where: { memberships: { some: { profileId: recipientProfileId ?? '' } } }, select: { email: true, firstName: true } });
  const silent = new Set(options.silentFor ?? []);
  await enqueueEmails(
    tx,
    recipients
      .filter((person) => !silent.has(person.email))
      .map((person) => ({ template: 'document-received' as const, to: person.email, props: { firstName: person.firstName, title } })),
  );
  return succeed({ issuedDocumentId: document.id });
}
