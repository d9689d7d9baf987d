import type { Metadata } from 'next';
import { requireAdmin } from '@/lib/auth/session';
import { formatDateTime } from '@/lib/format/date';
import { readDossierAccessLog } from '@/lib/instruction/dossier-access-log';
import { agentDossierPath } from '@/lib/instruction/instruction-paths';
import { agentDossierMetadataTitle, personName, requireAgentDossier, type AgentDossierRouteParams } from '../agent-dossier';

export async function generateMetadata({ params }: { params: AgentDossierRouteParams }): Promise<Metadata> {
  return { title: await agentDossierMetadataTitle(params, 'Consultations') };
}

// Administrators only: a plain instructeur of the démarche gets the 403 page (journaled), before
// the dossier is read or the visit logged.
export default async function DossierConsultationsPage({ params }: { params: AgentDossierRouteParams }) {
  await requireAdmin(agentDossierPath(encodeURIComponent((await params).dossierId), 'consultations'));
  const { agent, dossier } = await requireAgentDossier(params, 'consultations');
  const rows = await readDossierAccessLog(agent, dossier.id);
  return (
    <section className="stack" aria-labelledby="consultations">
      <h2 id="consultations">Consultations</h2>
      <p>
        Chaque ouverture du dossier par un agent (une ligne pour plusieurs pages vues en quelques minutes) et chaque fichier téléchargé, les plus récents
        d’abord.
      </p>
      {rows.length === 0 ? (
        <p className="empty-state">Aucune consultation.</p>
      ) : (
        <div className="table-wrapper">
          <table className="stacked-table">
            <caption className="visually-hidden">Consultations du dossier par les agents, de la plus récente à la plus ancienne</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Agent</th>
                <th scope="col">Consultation</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td data-label="Date">{formatDateTime(row.createdAt)}</td>
                  <td data-label="Agent">
                    {personName(row.agent)} <small>({row.agent.email})</small>
                  </td>
                  <td data-label="Consultation">
                    {row.kind === 'PAGE'
                      ? 'Dossier ouvert'
                      : row.fileName
                        ? `Fichier téléchargé\u00a0: «\u00a0${row.fileName}\u00a0»`
                        : 'Fichier téléchargé (supprimé depuis)'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
