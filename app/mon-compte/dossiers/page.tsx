import type { Metadata } from 'next';
import { DossierStatusFilter, DossiersTable } from '@/components/dossiers/dossiers-table';
import { Pagination } from '@/components/dossiers/pagination';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/session';
import { listViewerDossiers } from '@/lib/dossiers/list-viewer-dossiers';
import { listHref, parsePageParam, parseStatusParam } from '@/lib/dossiers/list-query';
import { firstParam, type SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Mes dossiers' };

const PATH = '/mon-compte/dossiers';

export default async function MyDossiersPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser(PATH);
  const query = await searchParams;
  const status = parseStatusParam(firstParam(query.statut));
  const result = await listViewerDossiers(user, { status, page: parsePageParam(firstParam(query.page)) });
  const hrefFor = (page: number) => listHref(PATH, status, page);
  return (
    <div className="stack-lg">
      <PageHeader title="Mes dossiers" lead="Vos demandes et celles des associations dont vous êtes membre." />
      <DossierStatusFilter action={PATH} status={status} />
      {result.rows.length > 0 ? (
        <DossiersTable rows={result.rows} caption="Mes dossiers, du plus récent au plus ancien" />
      ) : (
        <p className="empty-state">
          {status ? 'Aucun dossier avec ce statut.' : 'Vous n’avez encore aucun dossier. Choisissez une démarche pour déposer une demande.'}
        </p>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} label="Pages de mes dossiers" />
    </div>
  );
}
