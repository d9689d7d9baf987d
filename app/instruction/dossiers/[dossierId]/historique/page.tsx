import type { Metadata } from 'next';
import { HistoryTable } from '@/components/dossiers/history-table';
import { agentDossierMetadataTitle, personName, requireAgentDossier, type AgentDossierRouteParams } from '../agent-dossier';

export async function generateMetadata({ params }: { params: AgentDossierRouteParams }): Promise<Metadata> {
  return { title: await agentDossierMetadataTitle(params, 'Historique') };
}

export default async function AgentDossierHistoryPage({ params }: { params: AgentDossierRouteParams }) {
  const { dossier } = await requireAgentDossier(params, 'historique');
  return (
    <section className="stack" aria-labelledby="historique">
      <h2 id="historique">Historique</h2>
      <HistoryTable
        events={dossier.events}
        actorLabel={(actor) => (actor ? `${personName(actor)} (${actor.role === 'USAGER' ? 'demandeur' : 'agent'})` : 'Système')}
      />
    </section>
  );
}
