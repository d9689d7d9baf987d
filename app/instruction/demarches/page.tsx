import type { Metadata } from 'next';
import Link from 'next/link';
import { LinkButton } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/session';
import { formatShortDate } from '@/lib/format/date';
import { listProceduresForAdmin } from '@/lib/procedures/find-procedures-for-admin';
import { ADMIN_PROCEDURES_PATH, adminProcedurePath, NEW_PROCEDURE_PATH } from '@/lib/procedures/procedure-paths';
import { PublicationTag } from './publication-tag';

export const metadata: Metadata = { title: 'Démarches' };

export default async function AdminProceduresPage() {
  const admin = await requireAdmin(ADMIN_PROCEDURES_PATH);
  const procedures = await listProceduresForAdmin(admin);

  return (
    <div className="stack-lg">
      <PageHeader
        title="Démarches"
        lead="Créez les démarches, construisez leur formulaire, publiez-les et choisissez celles qui sont à la Une de la page d’accueil."
      >
        <p>
          <LinkButton href={NEW_PROCEDURE_PATH}>Créer une démarche</LinkButton>
        </p>
      </PageHeader>

      {procedures.length === 0 ? (
        <p className="empty-state">Aucune démarche pour le moment.</p>
      ) : (
        <div className="table-wrapper">
          <table className="stacked-table">
            <caption className="visually-hidden">Toutes les démarches, publiées puis brouillons</caption>
            <thead>
              <tr>
                <th scope="col">Titre</th>
                <th scope="col">Statut</th>
                <th scope="col">À la Une</th>
                <th scope="col">Ouverture</th>
                <th scope="col">Clôture</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {procedures.map((procedure) => (
                <tr key={procedure.id}>
                  <th scope="row">{procedure.title}</th>
                  <td data-label="Statut">
                    <PublicationTag published={procedure.published} />
                  </td>
                  <td data-label="À la Une">{procedure.featured ? `Oui (place ${procedure.featuredOrder})` : 'Non'}</td>
                  <td data-label="Ouverture">{formatShortDate(procedure.opensAt)}</td>
                  <td data-label="Clôture">{procedure.closesAt ? formatShortDate(procedure.closesAt) : 'Sans date limite'}</td>
                  <td>
                    <Link href={adminProcedurePath(procedure.id)}>
                      Modifier<span className="visually-hidden"> « {procedure.title} »</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
