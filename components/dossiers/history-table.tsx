import { eventLabel } from '@/lib/dossiers/event-labels';
import { DOSSIER_STATUS_LABELS } from '@/lib/dossiers/status';
import { formatDateTime } from '@/lib/format/date';
import type { DossierStatus } from '@/lib/generated/prisma/enums';

// « Historique » of a dossier, for the applicant and for the agents: each says who « Par » is
// in its own words (actorLabel).

export type HistoryEvent<Actor> = {
  id: string;
  type: string;
  fromStatus: DossierStatus | null;
  toStatus: DossierStatus | null;
  message: string | null;
  createdAt: Date;
  actor: Actor | null;
};

export function HistoryTable<Actor>({ events, actorLabel }: { events: HistoryEvent<Actor>[]; actorLabel: (actor: Actor | null) => string }) {
  if (events.length === 0) return <p className="empty-state">Aucun événement.</p>;
  return (
    <div className="table-wrapper">
      <table className="stacked-table">
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
          {events.map((event) => (
            <tr key={event.id}>
              <td data-label="Date">{formatDateTime(event.createdAt)}</td>
              <td data-label="Par">{actorLabel(event.actor)}</td>
              <td data-label="Événement">
                {eventLabel(event.type)}
                {event.fromStatus && event.toStatus && event.fromStatus !== event.toStatus
                  ? ` : ${DOSSIER_STATUS_LABELS[event.fromStatus]} → ${DOSSIER_STATUS_LABELS[event.toStatus]}`
                  : null}
              </td>
              {event.message ? (
                <td data-label="Message" className="pre-line">
                  {event.message}
                </td>
              ) : (
                <td className="stacked-table__empty" />
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
