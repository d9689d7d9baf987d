import type { Metadata } from 'next';
import { ProcedureDescription } from '@/components/procedures/procedure-description';
import { ProcedureDocumentFields, ProcedureFormFields } from '@/components/procedures/procedure-form-fields';
import { Alert } from '@/components/ui/alert';
import { formatLongDate } from '@/lib/format/date';
import { loadProcedure, procedurePageTitle, type ProcedurePageProps } from '../load-procedure';
import { ProcedureAdminHeader } from '../procedure-admin-header';

export async function generateMetadata({ params }: ProcedurePageProps): Promise<Metadata> {
  return procedurePageTitle(params, 'apercu', 'Aperçu');
}

/** The form exactly as applicants will see it (the same component as the dossier), disabled. */
export default async function ProcedurePreviewPage({ params }: ProcedurePageProps) {
  const { procedure } = await loadProcedure(params, 'apercu');
  const { fields, documents } = procedure.form;

  return (
    <div className="stack-lg">
      <ProcedureAdminHeader procedure={procedure} current="apercu" />
      <Alert tone="info" title="Aperçu">
        <p>Voici la démarche telle que les demandeurs la verront. Les champs sont désactivés : rien n’est envoyé.</p>
      </Alert>

      <section className="stack preview" aria-labelledby="apercu-presentation">
        <h2 id="apercu-presentation">Présentation</h2>
        <p className="lead">{procedure.summary}</p>
        <ProcedureDescription source={procedure.description} />
        <p className="muted">
          Ouverture le {formatLongDate(procedure.opensAt)} — {procedure.closesAt ? `clôture le ${formatLongDate(procedure.closesAt)}` : 'sans date limite'}.
        </p>
      </section>

      <section className="stack preview" aria-labelledby="apercu-formulaire">
        <h2 id="apercu-formulaire">Formulaire de demande</h2>
        {fields.length === 0 && documents.length === 0 ? (
          <p className="empty-state">Le formulaire est vide : ajoutez des champs et des pièces justificatives.</p>
        ) : (
          <form aria-labelledby="apercu-formulaire" className="narrow">
            <ProcedureFormFields fields={fields} idPrefix="apercu" disabled sectionHeadingLevel={3} />
            {documents.length > 0 ? (
              <fieldset>
                <legend className="preview-legend">Pièces justificatives</legend>
                <ProcedureDocumentFields documents={documents} idPrefix="apercu-piece" disabled />
              </fieldset>
            ) : null}
          </form>
        )}
      </section>
    </div>
  );
}
