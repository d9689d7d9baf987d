import type { DocumentDefinition } from '@/lib/procedures/field-definitions';
import { ACCEPTED_FORMATS_NOTE } from './procedure-form-fields';

export function ProcedureDocumentList({ documents, headingId }: { documents: readonly DocumentDefinition[]; headingId: string }) {
  return (
    <section className="stack" aria-labelledby={headingId}>
      <h2 id={headingId}>Pièces justificatives à fournir</h2>
      {documents.length === 0 ? (
        <p>Aucune pièce justificative n’est demandée pour cette démarche.</p>
      ) : (
        <>
          <ul className="document-list">
            {documents.map((document) => (
              <li key={document.id}>
                <span className="document-list__label">{document.label}</span> {document.required ? '(obligatoire)' : '(facultative)'}
                {document.help ? <span className="hint">{document.help}</span> : null}
              </li>
            ))}
          </ul>
          <p className="muted">{ACCEPTED_FORMATS_NOTE}.</p>
        </>
      )}
    </section>
  );
}
