import type { Metadata } from 'next';
import Link from 'next/link';
import { Pagination } from '@/components/dossiers/pagination';
import { ScanNoticeTag } from '@/components/dossiers/scan-notice-tag';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/session';
import { isServable } from '@/lib/antivirus/scan-status';
import { dossierPath, fileDownloadPath } from '@/lib/dossiers/dossier-paths';
import { parsePageParam } from '@/lib/dossiers/list-query';
import { listReceivedDocuments } from '@/lib/dossiers/list-received-documents';
import { formatShortDate } from '@/lib/format/date';
import { firstParam, type SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Mes documents reçus' };

const PATH = '/mon-compte/documents-recus';

export default async function ReceivedDocumentsPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser(PATH);
  const result = await listReceivedDocuments(user, parsePageParam(firstParam((await searchParams).page)));
  return (
    <div className="stack-lg">
      <PageHeader title="Mes documents reçus" lead="Les documents que les services du Département vous ont envoyés, à vous ou à vos associations." />
      {result.rows.length === 0 ? (
        <p className="empty-state">Vous n’avez reçu aucun document pour l’instant.</p>
      ) : (
        <div className="table-wrapper">
          <table className="stacked-table">
            <caption className="visually-hidden">Mes documents reçus, du plus récent au plus ancien</caption>
            <thead>
              <tr>
                <th scope="col">Titre</th>
                <th scope="col">Reçu le</th>
                <th scope="col">Dossier</th>
                <th scope="col">Profil</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {result.rows.map((document) => (
                <tr key={document.id}>
                  <th scope="row">
                    {document.title}
                    {document.readAt ? null : (
                      <>
                        {' '}
                        <span className="tag tag-success" aria-hidden="true">
                          Nouveau
                        </span>
                        <span className="visually-hidden"> (non lu)</span>
                      </>
                    )}
                  </th>
                  <td data-label="Reçu le">{formatShortDate(document.createdAt)}</td>
                  <td data-label="Dossier">
                    {document.dossier?.number ? <Link href={dossierPath(document.dossier.id)}>{document.dossier.number}</Link> : '—'}
                  </td>
                  <td data-label="Profil">{document.recipientProfile?.name ?? 'Moi-même'}</td>
                  <td>
                    {isServable(document.file.scanStatus) ? (
                      <a href={fileDownloadPath(document.fileId)} download>
                        Télécharger<span className="visually-hidden"> « {document.title} »</span>
                      </a>
                    ) : (
                      <ScanNoticeTag status={document.file.scanStatus} />
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => `${PATH}?page=${page}`} label="Pages de mes documents reçus" />
    </div>
  );
}
