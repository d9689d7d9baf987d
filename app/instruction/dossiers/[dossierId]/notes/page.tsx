import type { Metadata } from 'next';
import { PrivateNoteForm } from './private-note-form';
import { formatDateTime } from '@/lib/format/date';
import { agentDossierMetadataTitle, personName, requireAgentDossier, type AgentDossierRouteParams } from '../agent-dossier';

export async function generateMetadata({ params }: { params: AgentDossierRouteParams }): Promise<Metadata> {
  return { title: await agentDossierMetadataTitle(params, 'Notes privées') };
}

export default async function AgentDossierNotesPage({ params }: { params: AgentDossierRouteParams }) {
  const { dossier } = await requireAgentDossier(params, 'notes');
  return (
    <div className="stack-lg">
      <section className="stack" aria-labelledby="notes">
        <h2 id="notes">Notes privées</h2>
        <p>Visibles des seuls agents du Département : le demandeur ne les voit jamais.</p>
        {dossier.notes.length === 0 ? (
          <p className="empty-state">Aucune note pour l’instant.</p>
        ) : (
          <ol className="message-list">
            {dossier.notes.map((note) => (
              <li key={note.id} className="card message">
                <p className="message__meta">
                  <strong>{personName(note.author)}</strong>, le {formatDateTime(note.createdAt)}
                </p>
                <p className="pre-line">{note.body}</p>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="stack" aria-labelledby="ajouter-note">
        <h2 id="ajouter-note">Ajouter une note</h2>
        <PrivateNoteForm dossierId={dossier.id} />
      </section>
    </div>
  );
}
