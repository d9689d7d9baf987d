import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ArrivalFocus } from '@/components/ui/arrival-focus';
import { requireUser } from '@/lib/auth/session';
import { DOSSIERS_PATH, depositedPath, dossierPath, fileDownloadPath } from '@/lib/dossiers/dossier-paths';
import { getDepositConfirmation } from '@/lib/dossiers/get-deposit-confirmation';
import { formatDateTime } from '@/lib/format/date';
import { formatProcessingTime } from '@/lib/procedures/processing-time';

type Props = { params: Promise<{ dossierId: string }> };

export const metadata: Metadata = { title: 'Demande déposée' };

/** The confirmation panel, then « Et maintenant ? »: what happens next and where to follow it. */
export default async function DepositedPage({ params }: Props) {
  const { dossierId } = await params;
  const user = await requireUser(depositedPath(encodeURIComponent(dossierId)));
  const deposit = await getDepositConfirmation(user, dossierId);
  if (!deposit) notFound();
  const processingTime = deposit.processingTime ? formatProcessingTime(deposit.processingTime) : null;

  return (
    <div className="stack-lg narrow">
      <div className="confirmation-banner">
        <ArrivalFocus as="h1">Votre demande a été déposée</ArrivalFocus>
        <p className="confirmation-banner__number">
          Dossier n°&nbsp;<strong>{deposit.number}</strong>
        </p>
        <p>
          {deposit.procedureTitle}, déposée le {formatDateTime(deposit.submittedAt)}.
        </p>
      </div>

      <section className="stack" aria-labelledby="et-maintenant">
        <h2 id="et-maintenant">Et maintenant ?</h2>
        <ol className="next-steps">
          <li>
            <h3>Accusé de réception</h3>
            <p>
              Un courriel de confirmation vous est envoyé à <strong>{user.email}</strong>, avec le récépissé de dépôt. Gardez-le&nbsp;: il prouve la date de
              votre demande.
            </p>
            {deposit.receiptFileId ? (
              <p>
                <a href={fileDownloadPath(deposit.receiptFileId)} download>
                  Télécharger le récépissé de dépôt (PDF)
                </a>
              </p>
            ) : null}
          </li>
          <li>
            <h3>Instruction par le service</h3>
            <p>Le service du Département étudie votre demande. Vous recevez un courriel quand il commence l’instruction, puis quand il a pris sa décision.</p>
            {processingTime ? (
              <p>
                Délai indicatif de traitement&nbsp;: <strong>{processingTime}</strong> à compter du dépôt.
              </p>
            ) : null}
          </li>
          <li>
            <h3>Si des compléments sont nécessaires</h3>
            <p>
              S’il manque une information ou un justificatif, le service vous le demande par courriel. Vous répondez depuis votre dossier, qui affiche la
              demande du service.
            </p>
          </li>
          <li>
            <h3>Suivre votre dossier</h3>
            <p>Son statut, son historique et vos échanges avec le service sont dans votre dossier, à tout moment.</p>
            <ul className="stack">
              <li>
                <Link href={dossierPath(deposit.id)}>Voir mon dossier n°&nbsp;{deposit.number}</Link>
              </li>
              <li>
                <Link href={DOSSIERS_PATH}>Mes dossiers</Link>
              </li>
            </ul>
          </li>
        </ol>
      </section>
    </div>
  );
}
