import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { ErrorSummary } from '@/components/forms/error-summary';
import { describedBy, FieldChrome } from '@/components/forms/field';
import { ProcedureSelect } from '@/components/instruction/procedure-select';
import { PageHeader } from '@/components/ui/page-header';
import { requireAgent } from '@/lib/auth/session';
import { DOSSIER_STATUS_LABELS } from '@/lib/dossiers/status';
import { listProceduresForAgent } from '@/lib/instruction/agent-procedures';
import { EXPORTABLE_STATUSES, isExportableStatus } from '@/lib/instruction/export-columns';
import { dossierExportPath } from '@/lib/instruction/export-path';
import { EXPORTS_PATH } from '@/lib/instruction/instruction-paths';

export const metadata: Metadata = { title: 'Exports' };

const STATUS_HINT = 'Les brouillons ne sont jamais exportés.';

type Props = { searchParams: Promise<{ demarche?: string | string[]; statut?: string | string[] }> };

function single(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

// A valid choice redirects to the file's route, which the browser downloads while this page stays
// on screen. The route checks the agent's scope again: these choices are not the boundary.
export default async function ExportsPage({ searchParams }: Props) {
  const agent = await requireAgent(EXPORTS_PATH);
  const procedures = await listProceduresForAgent(agent);
  const query = await searchParams;
  const chosenProcedure = single(query.demarche);
  const chosenStatus = single(query.statut);
  const submitted = query.demarche !== undefined;

  const procedureError =
    submitted && !procedures.some((procedure) => procedure.id === chosenProcedure)
      ? 'Choisissez la démarche dont vous voulez exporter les dossiers'
      : undefined;
  const statusError = chosenStatus !== undefined && !isExportableStatus(chosenStatus) ? 'Choisissez un statut de la liste' : undefined;
  if (submitted && !procedureError && !statusError && chosenProcedure) {
    redirect(dossierExportPath(chosenProcedure, chosenStatus !== undefined && isExportableStatus(chosenStatus) ? chosenStatus : undefined));
  }
  const errors = [
    ...(procedureError ? [{ href: '#demarche', message: procedureError }] : []),
    ...(statusError ? [{ href: '#statut', message: statusError }] : []),
  ];

  return (
    <div className="stack-lg">
      <PageHeader title="Exports" lead="Téléchargez les dossiers déposés d’une démarche et leurs réponses, pour les traiter dans un tableur." />
      <ErrorSummary id="export-errors" errors={errors} />

      {procedures.length === 0 ? (
        <p className="empty-state">Aucune démarche ne vous est attribuée : demandez à un administrateur de vous en confier une.</p>
      ) : (
        <form method="get" action={EXPORTS_PATH} className="stack narrow export-form">
          <ProcedureSelect procedures={procedures} defaultValue={chosenProcedure} emptyLabel="Choisissez une démarche" error={procedureError} />
          <FieldChrome id="statut" label="Statut" hint={STATUS_HINT} error={statusError}>
            <select
              id="statut"
              name="statut"
              defaultValue={statusError ? '' : (chosenStatus ?? '')}
              aria-invalid={statusError ? true : undefined}
              aria-describedby={describedBy('statut', { hint: STATUS_HINT, error: statusError })}
            >
              <option value="">Tous les statuts</option>
              {EXPORTABLE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {DOSSIER_STATUS_LABELS[status]}
                </option>
              ))}
            </select>
          </FieldChrome>
          <p>
            <button type="submit" className="btn">
              Télécharger le fichier CSV
            </button>
          </p>
        </form>
      )}

      <section className="prose" aria-labelledby="export-format-title">
        <h2 id="export-format-title">À propos du fichier</h2>
        <ul>
          <li>
            Une ligne par dossier déposé, du plus ancien numéro au plus récent, puis une colonne par question du formulaire (avec les libellés de sa dernière
            version) et le nombre de justificatifs par état.
          </li>
          <li>
            Format CSV, encodé en UTF-8, avec le point-virgule « ; » comme séparateur : il s’ouvre directement dans Excel ou LibreOffice Calc par un double
            clic.
          </li>
          <li>
            Les dates sont au format jj/mm/aaaa, les montants en euros comme dans le récépissé. Une cellule qui commence par « = », « + », « - » ou « @ » est
            précédée d’une apostrophe pour qu’aucun tableur ne l’exécute comme une formule.
          </li>
          <li>
            Le fichier contient des données personnelles : ne le conservez que le temps nécessaire à l’instruction et ne le transmettez pas hors du service.
            Chaque export est inscrit au journal.
          </li>
        </ul>
      </section>
    </div>
  );
}
