import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { eventLabel } from '@/lib/dossiers/event-labels';
import { listDossierEvents } from '@/lib/dossiers/find-dossier-details';
import { DOSSIER_STATUS_LABELS } from '@/lib/dossiers/status';
import { formatDateTime } from '@/lib/format/date';
import { requireViewerDossier, type DossierRouteParams } from '../../../viewer-dossier';

export const metadata: Metadata = { title: 'Historique du dossier' };

export default async function DossierHistoryPage({ params }: { params: DossierRouteParams }) {
  const { user, dossier } = await requireViewerDossier(params, '/historique');
  const listed = await listDossierEvents(user, dossier.id);
  if (!listed) notFound();
  return (
    <section className="stack" aria-labelledby="historique">
      <h2 id="historique">Historique</h2>
      {listed.events.length === 0 ? (
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
              {listed.events.map((event) => {
                const actor = !event.actor
                  ? 'Les services'
                  : event.actor.id === user.id
                    ? 'Vous'
                    : event.actor.role !== 'USAGER'
                      ? 'Les services'
                      : `${event.actor.firstName} ${event.actor.lastName}`;
                return (
                  <tr key={event.id}>
                    <td>{formatDateTime(event.createdAt)}</td>
                    <td>{actor}</td>
                    <td>
                      {eventLabel(event.type)}
                      {event.fromStatus && event.toStatus
                        ? ` : ${DOSSIER_STATUS_LABELS[event.fromStatus]} → ${DOSSIER_STATUS_LABELS[event.toStatus]}`
                        : null}
                    </td>
                    <td className="pre-line">{event.message ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
