import type { Metadata } from 'next';
import { FileLink } from '@/components/dossiers/file-link';
import { PrefillOriginNote } from '@/components/dossiers/prefill-origin-note';
import { IssueDocumentForm } from './issue-document-form';
import { fileDownloadPath } from '@/lib/dossiers/dossier-paths';
import { formatAnswer } from '@/lib/dossiers/format-answer';
import { env } from '@/lib/env';
import { formatDateTime } from '@/lib/format/date';
import { isAnswerField } from '@/lib/procedures/field-definitions';
import { agentDossierMetadataTitle, personName, requireAgentDossier, type AgentDossierRouteParams } from './agent-dossier';

export async function generateMetadata({ params }: { params: AgentDossierRouteParams }): Promise<Metadata> {
  return { title: await agentDossierMetadataTitle(params, 'Résumé') };
}

export default async function AgentDossierSummaryPage({ params }: { params: AgentDossierRouteParams }) {
  const { dossier } = await requireAgentDossier(params, 'resume');
  const profile = dossier.profile;
  return (
    <div className="stack-lg">
      <div className="agent-dossier__columns">
        <section className="stack card" aria-labelledby="demandeur">
          <h2 id="demandeur">Demandeur</h2>
          {dossier.anonymizedAt ? (
            <p>{`Dossier anonymisé le ${formatDateTime(dossier.anonymizedAt)}, à la fin de sa durée de conservation : ses réponses, fichiers et échanges ont été supprimés.`}</p>
          ) : (
            <dl className="definition-list">
              <div>
                <dt>Nom</dt>
                <dd>{personName(dossier.applicant)}</dd>
              </div>
              <div>
                <dt>Courriel</dt>
                <dd>
                  {dossier.applicant.deletedAt ? (
                    `Compte supprimé le ${formatDateTime(dossier.applicant.deletedAt)} : le dossier est conservé jusqu’à la fin de sa durée de conservation.`
                  ) : (
                    <a href={`mailto:${dossier.applicant.email}`}>{dossier.applicant.email}</a>
                  )}
                </dd>
              </div>
            </dl>
          )}
        </section>
        <section className="stack card" aria-labelledby="profil">
          <h2 id="profil">Profil</h2>
          {profile ? (
            <dl className="definition-list">
              <div>
                <dt>Nom</dt>
                <dd>{profile.name}</dd>
              </div>
              <div>
                <dt>Numéro RNA</dt>
                <dd>{profile.rna ?? 'Non renseigné'}</dd>
              </div>
              <div>
                <dt>SIRET</dt>
                <dd>{profile.siret ?? 'Non renseigné'}</dd>
              </div>
              <div>
                <dt>Adresse</dt>
                <dd>
                  {profile.addressLine}, {profile.postalCode} {profile.city}
                </dd>
              </div>
              <div>
                <dt>Contact</dt>
                <dd>
                  <a href={`mailto:${profile.contactEmail}`}>{profile.contactEmail}</a>
                  {profile.contactPhone ? `, ${profile.contactPhone}` : ''}
                </dd>
              </div>
            </dl>
          ) : (
            <p>Déposé à titre personnel, sans profil d’association.</p>
          )}
        </section>
      </div>
      <section className="stack" aria-labelledby="reponses">
        <h2 id="reponses">Réponses</h2>
        <dl className="definition-list">
          {dossier.fields.filter(isAnswerField).map((field) => (
            <div key={field.id}>
              <dt>{field.label}</dt>
              <dd className="pre-line">
                {formatAnswer(field, dossier.answers[field.id])}
                <PrefillOriginNote origin={dossier.prefillOrigins[field.id]} />
              </dd>
            </div>
          ))}
        </dl>
        {dossier.receiptFileId ? (
          <p>
            <a href={fileDownloadPath(dossier.receiptFileId)} download>
              Télécharger le récépissé de dépôt
            </a>
          </p>
        ) : null}
      </section>
      <section className="stack" aria-labelledby="documents-envoyes">
        <h2 id="documents-envoyes">Documents envoyés</h2>
        {dossier.issuedDocuments.length === 0 ? (
          <p className="empty-state">Aucun document envoyé au demandeur pour ce dossier.</p>
        ) : (
          <ul className="document-list">
            {dossier.issuedDocuments.map((document) => (
              <li key={document.id}>
                <span className="document-list__label">{document.title}</span> — <FileLink file={document.file} showDate={false} />
                <span className="muted">
                  {' '}
                  envoyé le {formatDateTime(document.createdAt)} par {personName(document.sentBy)}
                  {document.readAt ? ', consulté' : ', pas encore consulté'}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      {dossier.anonymizedAt ? null : (
        <section className="stack card" aria-labelledby="envoyer-document">
          <h2 id="envoyer-document">Envoyer un document</h2>
          <p>Le document apparaîtra dans « Mes documents reçus » du demandeur (ou des membres du profil), qui en est informé par courriel.</p>
          <IssueDocumentForm dossierId={dossier.id} maxUploadMb={env.MAX_UPLOAD_MB} />
        </section>
      )}
    </div>
  );
}
