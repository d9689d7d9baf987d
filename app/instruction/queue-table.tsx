import Link from 'next/link';
import { DossierStatusTag } from '@/components/dossiers/dossier-status-tag';
import { FollowButton } from '@/components/instruction/follow-button';
import { formatShortDate } from '@/lib/format/date';
import { agentDossierPath } from '@/lib/instruction/instruction-paths';
import type { QueueRow } from '@/lib/instruction/list-queue';
import { followDossierAction } from './actions';

// On a phone each row becomes a card (.stacked-table), so nothing hides off-screen.

export function QueueTable({ rows, caption, showUpdatedAt }: { rows: QueueRow[]; caption: string; showUpdatedAt: boolean }) {
  return (
    <div className="table-wrapper">
      <table className="stacked-table queue-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">N° dossier</th>
            <th scope="col">Démarche</th>
            <th scope="col">Demandeur</th>
            <th scope="col">Déposé le</th>
            {showUpdatedAt ? <th scope="col">Modifié le</th> : null}
            <th scope="col">Statut</th>
            <th scope="col">Suivi</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link href={agentDossierPath(row.id)}>{row.number}</Link>
              </th>
              <td data-label="Démarche">{row.procedureTitle}</td>
              <td data-label="Demandeur">
                {row.applicantName}
                {row.profileName ? <span className="cell-note">{row.profileName}</span> : null}
              </td>
              <td data-label="Déposé le">{formatShortDate(row.submittedAt)}</td>
              {showUpdatedAt ? <td data-label="Modifié le">{formatShortDate(row.updatedAt)}</td> : null}
              <td data-label="Statut">
                <DossierStatusTag status={row.status} />
              </td>
              <td>
                <FollowButton action={followDossierAction} dossierId={row.id} dossierNumber={row.number} followed={row.followed} small />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
