import 'server-only';
import { succeed, type ActionResult } from '@/lib/actions/result';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db';
import { dossierNotFound } from '@/lib/dossiers/dossier-failures';
import { assertAgent, type AgentViewer } from './agent-viewer';
import { loadDossierForAgent } from './load-agent-dossier';

/** The applicant sees neither the note nor its event (the history keeps no text), and is not emailed. */
export async function addPrivateNote(agent: AgentViewer, dossierId: string, body: string): Promise<ActionResult<{ noteId: string }>> {
  assertAgent(agent);
  return db.$transaction(async (tx) => {
    const dossier = await loadDossierForAgent(tx, agent, dossierId);
    if (!dossier) return dossierNotFound();
    const note = await tx.dossierNote.create({ data: { dossierId, authorId: agent.id, body }, select: { id: true } });
    await tx.dossierEvent.create({ data: { dossierId, actorId: agent.id, type: 'note-added' } });
    await recordAudit(tx, { actorId: agent.id, action: 'instruction.note-added', targetType: 'Dossier', targetId: dossierId, details: { noteId: note.id } });
    return succeed({ noteId: note.id });
  });
}
