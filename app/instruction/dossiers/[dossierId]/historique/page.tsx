import type { Metadata } from 'next';
import { eventLabel } from '@/lib/dossiers/event-labels';
import { DOSSIER_STATUS_LABELS } from '@/lib/dossiers/status';
import { formatDateTime } from '@/lib/format/date';
import { agentDossierMetadataTitle, personName, requireAgentDossier, type AgentDossierRouteParams } from '../agent-dossier';

export async function generateMetadata({ params }: { params: AgentDossierRouteParams }): Promise<Metadata> {
  return { title: await agentDossierMetadataTitle(params, 'Historique') };
}

export default async function AgentDossierHistoryPage({ params }: { params: AgentDossierRouteParams }) {
  const { dossier } = await requireAgentDossier(params, 'historique');
  return (
    <section className="stack" aria-labelledby="historique">
      <h2 id="historique">Historique</h2>
      {dossier.events.length === 0 ? (
        <p className="empty-state">Aucun événement.</p>
      ) : (
        <div className="table-wrapper">
          <table>
            <caption className="visually-hidden">Historique du dossier, du plus ancien au plus récent</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Par</th>
                <th scope="col">Événement</th>
                <th scope="col">Message</th>
              </tr>
            </thead>
            <tbody>
              {dossier.events.map((event) => (
                <tr key={event.id}>
                  <td>{formatDateTime(event.createdAt)}</td>
                  <td>
                    {event.actor ? `${personName(event.actor)} (${event.actor.role === 'USAGER' ? 'demandeur' : 'agent'})` : 'Système'}
                  </td>
                  <td>
                    {eventLabel(event.type)}
                    {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus
                      ? ` : ${DOSSIER_STATUS_LABELS[event.fromStatus]} → ${DOSSIER_STATUS_LABELS[event.toStatus]}`
                      : null}
                  </td>
                  <td className="pre-line">{event.message ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
