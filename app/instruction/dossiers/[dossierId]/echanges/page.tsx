import type { Metadata } from 'next';
import { FileLink } from '@/components/dossiers/file-link';
import { MessageForm } from '@/components/dossiers/message-form';
import { formatDateTime } from '@/lib/format/date';
import { sendAgentMessageAction } from '../actions';
import { agentDossierMetadataTitle, personName, requireAgentDossier, type AgentDossierRouteParams } from '../agent-dossier';

export async function generateMetadata({ params }: { params: AgentDossierRouteParams }): Promise<Metadata> {
  return { title: await agentDossierMetadataTitle(params, 'Échanges') };
}

export default async function AgentDossierMessagesPage({ params }: { params: AgentDossierRouteParams }) {
  const { agent, dossier } = await requireAgentDossier(params, 'echanges');
  return (
    <div className="stack-lg">
      <section className="stack" aria-labelledby="echanges">
        <h2 id="echanges">Échanges</h2>
        {dossier.messages.length === 0 ? (
          <p className="empty-state">Aucun message pour l’instant.</p>
        ) : (
          <ol className="message-list">
            {dossier.messages.map((message) => {
              const author = message.author.id === agent.id ? 'Vous' : personName(message.author);
              return (
                <li key={message.id} className={`card message${message.fromAgent ? ' message--services' : ''}`}>
                  <p className="message__meta">
                    <strong>{author}</strong> ({message.fromAgent ? 'services du Département' : 'demandeur'}), le {formatDateTime(message.createdAt)}
                  </p>
                  <p className="pre-line">{message.body}</p>
                  {message.files.length > 0 ? (
                    <ul className="message__files" aria-label="Pièces jointes">
                      {message.files.map(({ file }) => (
                        <li key={file.id}>
                          <FileLink file={file} showDate={false} />
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </li>
              );
            })}
          </ol>
        )}
      </section>
      <section className="stack" aria-labelledby="envoyer-message">
        <h2 id="envoyer-message">Envoyer un message</h2>
        <p>Le demandeur reçoit un courriel et lit votre message dans l’onglet « Échanges » de son dossier.</p>
        <MessageForm dossierId={dossier.id} action={sendAgentMessageAction} label="Message au demandeur" />
      </section>
    </div>
  );
}
