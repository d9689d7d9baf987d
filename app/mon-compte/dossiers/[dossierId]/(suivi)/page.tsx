import type { Metadata } from 'next';
import { ComplementAnswerForm } from './complement-answer-form';
import { StatusStepper } from '@/components/dossiers/status-stepper';
import { Alert } from '@/components/ui/alert';
import { ArrivalFocus } from '@/components/ui/arrival-focus';
import { fileDownloadPath } from '@/lib/dossiers/dossier-paths';
import { answersAsFormValues } from '@/lib/dossiers/draft-answers';
import { formatAnswer } from '@/lib/dossiers/format-answer';
import { env } from '@/lib/env';
import { isAnswerField, type FieldDefinition } from '@/lib/procedures/field-definitions';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { dossierTitle, listToReplace, requireViewerDossier, viewerDossierOrNull, type DossierRouteParams } from '../../viewer-dossier';

export async function generateMetadata({ params }: { params: DossierRouteParams }): Promise<Metadata> {
  const dossier = await viewerDossierOrNull(params);
  return { title: dossier ? `Résumé — ${dossierTitle(dossier)}` : 'Page introuvable' };
}

export default async function DossierSummaryPage({ params, searchParams }: { params: DossierRouteParams; searchParams: SearchParams }) {
  const { dossier } = await requireViewerDossier(params);
  const success = firstParam((await searchParams).succes);
  const { fields } = dossier.form;
  const answers = (dossier.answers ?? {}) as Record<string, unknown>;
  return (
    <div className="stack-lg">
      {success === 'transmis' ? (
        <ArrivalFocus>
          <Alert tone="success" title="Votre réponse a été transmise">
            <p>Votre dossier est de nouveau « En instruction » auprès des services du Département.</p>
          </Alert>
        </ArrivalFocus>
      ) : null}
      <section className="stack" aria-labelledby="avancement">
        <h2 id="avancement">Avancement</h2>
        <StatusStepper status={dossier.status} />
      </section>
      {/* While compléments are asked, the answer form shows the answers (prefilled): not listed twice. */}
      {dossier.status === 'COMPLEMENT_DEMANDE' ? (
        <section className="stack card" aria-labelledby="repondre" id="repondre-section">
          <h2 id="repondre" tabIndex={-1}>
            Répondre à la demande
          </h2>
          <p>Modifiez les réponses concernées, ajoutez un message si besoin, puis choisissez « Transmettre ».</p>
          <ComplementAnswerForm
            dossierId={dossier.id}
            version={dossier.version}
            fields={fields}
            values={answersAsFormValues(dossier.answers)}
            toReplace={await listToReplace(dossier)}
            maxUploadMb={env.MAX_UPLOAD_MB}
          />
        </section>
      ) : (
        <AnswersSection fields={fields} answers={answers} />
      )}
      {dossier.receiptFileId ? (
        <section className="stack" aria-labelledby="recepisse">
          <h2 id="recepisse">Récépissé de dépôt</h2>
          <p>
            <a href={fileDownloadPath(dossier.receiptFileId)} download>
              Télécharger le récépissé de dépôt<span className="visually-hidden"> du dossier n° {dossier.number}</span>
            </a>
          </p>
        </section>
      ) : null}
    </div>
  );
}

function AnswersSection({ fields, answers }: { fields: readonly FieldDefinition[]; answers: Record<string, unknown> }) {
  return (
    <section className="stack" aria-labelledby="reponses">
      <h2 id="reponses">Vos réponses</h2>
      <dl className="definition-list">
        {fields.filter(isAnswerField).map((field) => (
          <div key={field.id}>
            <dt>{field.label}</dt>
            <dd className="pre-line">{formatAnswer(field, answers[field.id])}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
