import Link from 'next/link';
import { dossierPath, draftPath } from '@/lib/dossiers/dossier-paths';
import type { DossierRow } from '@/lib/dossiers/list-viewer-dossiers';
import { DOSSIER_STATUS_LABELS } from '@/lib/dossiers/status';
import { formatShortDate } from '@/lib/format/date';
import type { DossierStatus } from '@/lib/generated/prisma/enums';
import { DossierStatusTag } from './dossier-status-tag';

// « Mes dossiers » and a profile's « Dossiers » tab: one table, one filter form (GET, works
// without JavaScript).

export function DossierStatusFilter({ action, status }: { action: string; status?: DossierStatus }) {
  return (
    <form method="get" action={action} className="actions dossier-filter">
      <div className="field">
        <label htmlFor="statut">Statut</label>
        <select id="statut" name="statut" defaultValue={status ?? ''}>
          <option value="">Tous les statuts</option>
          {(Object.keys(DOSSIER_STATUS_LABELS) as DossierStatus[]).map((value) => (
            <option key={value} value={value}>
              {DOSSIER_STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="btn btn-secondary">
        Filtrer
      </button>
    </form>
  );
}

export function DossiersTable({ rows, caption }: { rows: DossierRow[]; caption: string }) {
  return (
    <div className="table-wrapper">
      <table className="stacked-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">N°</th>
            <th scope="col">Démarche</th>
            <th scope="col">Profil</th>
            <th scope="col">Statut</th>
            <th scope="col">Déposé le</th>
            <th scope="col">Mis à jour le</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.number ? <Link href={dossierPath(row.id)}>{row.number}</Link> : 'Brouillon'}</th>
              <td data-label="Démarche">{row.procedure.title}</td>
              <td data-label="Profil">{row.profile?.name ?? 'Moi-même'}</td>
              <td data-label="Statut">
                <DossierStatusTag status={row.status} />
              </td>
              <td data-label="Déposé le">{row.submittedAt ? formatShortDate(row.submittedAt) : '—'}</td>
              <td data-label="Mis à jour le">{formatShortDate(row.updatedAt)}</td>
              <td>
                {row.status === 'BROUILLON' ? (
                  <Link href={draftPath(row.id)}>
                    Reprendre le brouillon<span className="visually-hidden"> « {row.procedure.title} »</span>
                  </Link>
                ) : (
                  <Link href={dossierPath(row.id)}>
                    Visualiser<span className="visually-hidden"> le dossier {row.number}</span>
                  </Link>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
