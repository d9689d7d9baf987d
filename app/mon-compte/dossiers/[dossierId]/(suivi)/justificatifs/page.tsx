import type { Metadata } from 'next';
import { documentVersions } from '@/lib/dossiers/document-versions';
import { notFound } from 'next/navigation';
import { AttachmentVersions } from '@/components/dossiers/attachment-versions';
import { FileLink } from '@/components/dossiers/file-link';
import { PorteDocumentsOrigin } from '@/components/profile-documents/porte-documents-origin';
import { ReplaceAttachmentForm } from './replace-attachment-form';
import { ReviewTag } from '@/components/dossiers/review-tag';
import { Alert } from '@/components/ui/alert';
import { listDossierAttachments } from '@/lib/dossiers/find-dossier-details';
import { env } from '@/lib/env';
import { isDecided } from '@/lib/dossiers/status';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { requireViewerDossier, type DossierRouteParams } from '../../../viewer-dossier';

export const metadata: Metadata = { title: 'Justificatifs du dossier' };

export default async function DossierAttachmentsPage({ params, searchParams }: { params: DossierRouteParams; searchParams: SearchParams }) {
  const { user, dossier } = await requireViewerDossier(params, '/justificatifs');
  const listed = await listDossierAttachments(user, dossier.id);
  if (!listed) notFound();
  const success = firstParam((await searchParams).succes);
  const { documents } = dossier.form;
  const canReplace = !isDecided(dossier.status);
  return (
    <section className="stack-lg" aria-labelledby="justificatifs">
      <h2 id="justificatifs">Justificatifs</h2>
      {success === 'remplace' ? (
        <Alert tone="success" title="Justificatif remplacé">
          <p>Le nouveau fichier est « En attente de vérification » par les services du Département.</p>
        </Alert>
      ) : null}
      {documents.length === 0 ? <p className="empty-state">Cette démarche ne demande aucun justificatif.</p> : null}
      {documents.map((document) => {
        const { current, replaced } = documentVersions(listed.attachments, document.id);
        const headingId = `document-${document.id}`;
        return (
          <article key={document.id} className="card stack" aria-labelledby={headingId}>
            <h3 id={headingId}>{document.label}</h3>
            {current ? (
              <>
                <p>
                  <FileLink file={current.file} />
                </p>
                {current.profileDocument ? <PorteDocumentsOrigin version={current.profileDocument} /> : null}
                <p>
                  <ReviewTag review={current.review} />
                </p>
                {current.file.scanStatus === 'INFECTED' && current.review !== 'REJETE' ? (
                  <p>
                    L’antivirus a détecté un virus dans ce fichier : il ne sera pas ouvert. Le service vous demandera un autre fichier ; par précaution,
                    analysez d’abord votre ordinateur avec un antivirus à jour.
                  </p>
                ) : null}
                {current.review === 'REJETE' ? (
                  <>
                    <p className="pre-line">
                      <strong>Motif du rejet :</strong> {current.reviewMessage}
                    </p>
                    {canReplace ? (
                      <ReplaceAttachmentForm dossierId={dossier.id} attachmentId={current.id} documentLabel={document.label} maxUploadMb={env.MAX_UPLOAD_MB} />
                    ) : null}
                  </>
                ) : null}
              </>
            ) : (
              <p className="muted">Aucun fichier fourni.</p>
            )}
            <AttachmentVersions versions={replaced} summary={'Historique des versions'} />
          </article>
        );
      })}
    </section>
  );
}
