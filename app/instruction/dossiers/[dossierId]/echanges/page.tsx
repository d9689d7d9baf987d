import type { Metadata } from 'next';
import { MessageForm } from '@/components/dossiers/message-form';
import { env } from '@/lib/env';
import { MessageList } from '@/components/dossiers/message-list';
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
        <MessageList
          messages={dossier.messages}
          authorLabel={(message) =>
            `${message.author.id === agent.id ? 'Vous' : personName(message.author)} (${message.fromAgent ? 'services du Département' : 'demandeur'})`
          }
        />
      </section>
      <section className="stack" aria-labelledby="envoyer-message">
        <h2 id="envoyer-message">Envoyer un message</h2>
        <p>Le demandeur reçoit un courriel et lit votre message dans l’onglet « Échanges » de son dossier.</p>
        <MessageForm dossierId={dossier.id} action={sendAgentMessageAction} label="Message au demandeur" maxUploadMb={env.MAX_UPLOAD_MB} />
      </section>
    </div>
  );
}
