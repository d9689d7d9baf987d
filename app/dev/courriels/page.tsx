import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { listCaughtEmails } from '@/lib/mail/catcher';
import { EmailStatusTag, formatDateTime } from './caught-email-parts';

const TITLE = 'Courriels envoyés (environnement local)';

export const metadata: Metadata = { title: TITLE, robots: { index: false, follow: false } };

type Props = { searchParams: Promise<{ page?: string | string[] }> };

export default async function CaughtEmailsPage({ searchParams }: Props) {
  const { page: pageParam } = await searchParams;
  const result = await listCaughtEmails(Number(Array.isArray(pageParam) ? pageParam[0] : pageParam) || 1);
  // Same answer as a missing page: the catcher's existence is not advertised.
  if (!result) notFound();
  const { emails, page, pageCount, total } = result;

  return (
    <div className="stack">
      <PageHeader title={TITLE} lead="Aucun serveur de messagerie n’est configuré (SMTP_URL) : les courriels ne partent pas, ils sont conservés ici." />
      {emails.length === 0 ? (
        <Alert tone="info">
          <p>Aucun courriel pour l’instant.</p>
        </Alert>
      ) : (
        <>
          <div className="table-wrapper">
            <table>
              <caption>
                {total} courriel{total > 1 ? 's' : ''}, du plus récent au plus ancien
                {pageCount > 1 ? ` (page ${page} sur ${pageCount})` : ''}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Date</th>
                  <th scope="col">Destinataire</th>
                  <th scope="col">Objet</th>
                  <th scope="col">Statut</th>
                </tr>
              </thead>
              <tbody>
                {emails.map((email) => (
                  <tr key={email.id}>
                    <td>{formatDateTime(email.createdAt)}</td>
                    <td>{email.to}</td>
                    <td>
                      <Link href={`/dev/courriels/${email.id}`}>{email.subject}</Link>
                    </td>
                    <td>
                      <EmailStatusTag status={email.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {pageCount > 1 ? (
            <nav aria-label="Pagination des courriels" className="actions">
              {page > 1 ? <Link href={`/dev/courriels?page=${page - 1}`}>Page précédente</Link> : null}
              <span>
                Page {page} sur {pageCount}
              </span>
              {page < pageCount ? <Link href={`/dev/courriels?page=${page + 1}`}>Page suivante</Link> : null}
            </nav>
          ) : null}
        </>
      )}
    </div>
  );
}
