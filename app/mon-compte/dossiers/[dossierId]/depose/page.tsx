import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/session';
import { depositedPath, dossierPath, fileDownloadPath } from '@/lib/dossiers/dossier-paths';
import { getDepositConfirmation } from '@/lib/dossiers/get-deposit-confirmation';
import { formatDateTime } from '@/lib/format/date';

type Props = { params: Promise<{ dossierId: string }> };

export const metadata: Metadata = { title: 'Demande déposée' };

export default async function DepositedPage({ params }: Props) {
  const { dossierId } = await params;
  const user = await requireUser(depositedPath(encodeURIComponent(dossierId)));
  const deposit = await getDepositConfirmation(user, dossierId);
  if (!deposit) notFound();

  return (
    <div className="stack-lg narrow">
      <PageHeader title="Votre demande a été déposée" lead={deposit.procedureTitle} />
      <Alert tone="success" title={`Numéro de dossier : ${deposit.number}`}>
        <p>Déposée le {formatDateTime(deposit.submittedAt)}.</p>
        <p>Un courriel de confirmation vous a été envoyé, avec le récépissé de dépôt.</p>
      </Alert>
      <ul className="stack">
        {deposit.receiptFileId ? (
          <li>
            <a href={fileDownloadPath(deposit.receiptFileId)} download>
              Télécharger le récépissé de dépôt (PDF)
            </a>
          </li>
        ) : null}
        <li>
          <Link href={dossierPath(deposit.id)}>Voir mon dossier</Link>
        </li>
        <li>
          <Link href="/mon-compte/dossiers">Mes dossiers</Link>
        </li>
      </ul>
    </div>
  );
}
