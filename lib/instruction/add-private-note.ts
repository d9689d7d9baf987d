import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { DossierNotFoundForAgentError, loadDossierForAgent } from './load-agent-dossier';
import { LONG_TEXT_MAX_LENGTH } from '@/lib/validation/limits';

export class NoteRequiredError extends Error {
  constructor() {
    super('La note doit contenir entre 1 et 5 000 caractères.');
    this.name = 'NoteRequiredError';
  }
}

/**
 * « Notes privées »: a note between agents. It is in the agents' history (type 'note-added',
 * without its text) and in the audit log; the applicant sees neither the note nor the event,
 * and is not emailed.
 */
export async function addPrivateNote(agent: AgentViewer, dossierId: string, body: string): Promise<{ noteId: string }> {
  assertAgent(agent);
  const text = body.trim();
  if (text.length === 0 || text.length > LONG_TEXT_MAX_LENGTH) throw new NoteRequiredError();
  return db.$transaction(async (tx) => {
    const dossier = await loadDossierForAgent(tx, agent, dossierId);
    if (!dossier) throw new DossierNotFoundForAgentError();
    const note = await tx.dossierNote.create({ data: { dossierId, authorId: agent.id, body: text }, select: { id: true } });
    await tx.dossierEvent.create({ data: { dossierId, actorId: agent.id, type: 'note-added' } });
    await recordAudit(tx, { actorId: agent.id, action: 'instruction.note-added', targetType: 'Dossier', targetId: dossierId, details: { noteId: note.id } });
    return { noteId: note.id };
  });
}
