import { ActionButton } from '@/components/forms/action-button';
import type { FormAction } from '@/lib/actions/result';
import { DATA_EXPORTS_ANCHOR, dataExportDownloadPath } from '@/lib/data-exports/data-export-paths';
import { EXPORT_LIFETIME_DAYS } from '@/lib/data-exports/export-lifetime';
import type { ListedDataExport } from '@/lib/data-exports/list-data-exports';
import { formatDateTime, formatLongDate } from '@/lib/format/date';
import { formatFileSize } from '@/lib/format/file-size';

// « Télécharger mes données », in « Mes données personnelles » and, for an association's
// administrators, in its « Informations » tab: the button that asks for an archive and the
// person's recent archives.

type DataExportSectionProps = {
  title: string;
  intro: string;
  buttonLabel: string;
  action: FormAction;
  /** Hidden fields of the form (the profile's id). */
  fields?: Record<string, string>;
  exports: ListedDataExport[];
};

function ExportStatus({ archive }: { archive: ListedDataExport }) {
  if (archive.status === 'PENDING') return <>{'En préparation\u00a0: vous recevrez un courriel quand elle sera prête.'}</>;
  if (archive.status === 'FAILED') return <>La préparation a échoué. Demandez une nouvelle archive.</>;
  return (
    <>
      <a href={dataExportDownloadPath(archive.id)} download>
        Télécharger l’archive
      </a>{' '}
      {`(ZIP, ${formatFileSize(archive.size ?? 0)}), disponible jusqu’au ${archive.expiresAt ? formatLongDate(archive.expiresAt) : ''}`}
    </>
  );
}

export function DataExportSection({ title, intro, buttonLabel, action, fields, exports }: DataExportSectionProps) {
  const pending = exports.some((archive) => archive.status === 'PENDING');
  return (
    <section className="narrow stack" aria-labelledby={DATA_EXPORTS_ANCHOR} id={`${DATA_EXPORTS_ANCHOR}-section`}>
      <h2 id={DATA_EXPORTS_ANCHOR}>{title}</h2>
      <p>{intro}</p>
      <p>{`L’archive (un fichier ZIP) est préparée en quelques minutes\u00a0; un courriel vous prévient. Vous seul pouvez la télécharger, une fois connecté, pendant ${EXPORT_LIFETIME_DAYS} jours\u00a0: elle est ensuite supprimée.`}</p>
      {pending ? null : (
        <ActionButton action={action} fields={fields} pendingLabel="Demande en cours…">
          {buttonLabel}
        </ActionButton>
      )}
      {exports.length > 0 ? (
        <ul className="stack">
          {exports.map((archive) => (
            <li key={archive.id}>
              {`Demandée le ${formatDateTime(archive.createdAt)}\u00a0: `}
              <ExportStatus archive={archive} />
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
