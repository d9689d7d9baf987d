import type { Metadata } from 'next';
import { documentVersions } from '@/lib/dossiers/document-versions';
import { AttachmentVersions } from '@/components/dossiers/attachment-versions';
import { FileLink } from '@/components/dossiers/file-link';
import { ReviewTag } from '@/components/dossiers/review-tag';
import { PorteDocumentsOrigin } from '@/components/profile-documents/porte-documents-origin';
import { AttachmentReviewForm } from './attachment-review-form';
import { FilePreview } from '@/components/instruction/file-preview';
import { isServable } from '@/lib/antivirus/scan-status';
import { fileDownloadPath } from '@/lib/dossiers/dossier-paths';
import { isDecided } from '@/lib/dossiers/status';
import { formatDateTime } from '@/lib/format/date';
import { agentDossierPath } from '@/lib/instruction/instruction-paths';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { agentDossierMetadataTitle, personName, requireAgentDossier, type AgentDossierRouteParams } from '../agent-dossier';

export async function generateMetadata({ params }: { params: AgentDossierRouteParams }): Promise<Metadata> {
  return { title: await agentDossierMetadataTitle(params, 'Justificatifs') };
}

export default async function AgentDossierAttachmentsPage({ params, searchParams }: { params: AgentDossierRouteParams; searchParams: SearchParams }) {
  const { dossier } = await requireAgentDossier(params, 'justificatifs');
  const query = await searchParams;
  const basePath = agentDossierPath(dossier.id, 'justificatifs');
  const canReview = !isDecided(dossier.status);
  return (
    <section className="stack-lg" aria-labelledby="justificatifs">
      <h2 id="justificatifs">Justificatifs</h2>
      {dossier.documents.length === 0 ? <p className="empty-state">Cette démarche ne demande aucun justificatif.</p> : null}
      {dossier.documents.map((document) => {
        const { current, replaced } = documentVersions(dossier.attachments, document.id);
        const headingId = `document-${document.id}`;
        const servable = current ? isServable(current.file.scanStatus) : false;
        return (
          <article key={document.id} className="card stack" aria-labelledby={headingId}>
            <h3 id={headingId}>{document.label}</h3>
            {current ? (
              <>
                <p>
                  <FileLink file={current.file} />{' '}
                  {servable ? (
                    <a href={fileDownloadPath(current.file.id)} download className="btn-secondary btn-small">
                      Télécharger<span className="visually-hidden"> {current.file.originalName}</span>
                    </a>
                  ) : null}
                </p>
                {current.profileDocument ? <PorteDocumentsOrigin version={current.profileDocument} /> : null}
                <p>
                  <ReviewTag review={current.review} />
                  {current.reviewedBy && current.reviewedAt ? (
                    <span className="muted">
                      {' '}
                      par {personName(current.reviewedBy)}, le {formatDateTime(current.reviewedAt)}
                    </span>
                  ) : null}
                </p>
                {current.review === 'REJETE' && current.reviewMessage ? (
                  <p className="pre-line">
                    <strong>Motif du rejet :</strong> {current.reviewMessage}
                  </p>
                ) : null}
                {servable ? <FilePreview file={current.file} /> : null}
                {canReview ? (
                  <AttachmentReviewForm
                    dossierId={dossier.id}
                    attachmentId={current.id}
                    review={current.review}
                    canValidate={servable}
                    documentLabel={document.label}
                    open={firstParam(query.valider) === current.id ? 'valider' : firstParam(query.rejeter) === current.id ? 'rejeter' : null}
                    basePath={basePath}
                  />
                ) : null}
              </>
            ) : (
              <p className="muted">Aucun fichier fourni.</p>
            )}
            <AttachmentVersions versions={replaced} summary={`Versions précédentes (${replaced.length})`} />
          </article>
        );
      })}
    </section>
  );
}
