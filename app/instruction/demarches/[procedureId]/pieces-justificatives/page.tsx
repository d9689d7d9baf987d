import { profileDocumentTypeLabel } from '@/lib/profile-documents/document-types';
import type { Metadata } from 'next';
import Form from 'next/form';
import { ACCEPTED_FORMATS_NOTE } from '@/components/procedures/procedure-form-fields';
import { ConfirmationPanel } from '@/components/ui/confirmation-panel';
import type { DocumentDefinition } from '@/lib/procedures/field-definitions';
import { adminProcedurePath } from '@/lib/procedures/procedure-paths';
import { firstParam } from '@/lib/search-params';
import { moveDocumentAction, removeDocumentAction } from '../../actions';
import { BuilderList, BuilderNotices, movedItem } from '../../builder-list';
import { loadProcedure, procedurePageTitle, type ProcedurePageProps } from '../load-procedure';
import { ProcedureAdminHeader } from '../procedure-admin-header';
import { DocumentEditor } from './document-editor';

export async function generateMetadata({ params }: ProcedurePageProps): Promise<Metadata> {
  return procedurePageTitle(params, 'pieces-justificatives', 'Pièces justificatives');
}

const SUCCESS: Record<string, string> = {
  'piece-ajoutee': 'La pièce justificative a été ajoutée.',
  'piece-modifiee': 'La pièce justificative a été modifiée.',
  'piece-supprimee': 'La pièce justificative a été supprimée.',
};

function editorValues(document?: DocumentDefinition) {
  return {
    label: document?.label ?? '',
    help: document?.help ?? '',
    required: document ? document.required : true,
    profileDocumentType: document?.profileDocumentType ?? '',
  };
}

function DocumentDetails({ document }: { document: DocumentDefinition }) {
  return (
    <div className="builder-item__details">
      <p className="procedure-card__meta">
        {document.required ? <span className="tag">Obligatoire</span> : <span className="tag tag-neutral">Facultative</span>}
      </p>
      {document.help ? <p className="muted">Aide : {document.help}</p> : null}
      {document.profileDocumentType ? <p className="muted">Document de l’association : {profileDocumentTypeLabel(document.profileDocumentType)}</p> : null}
    </div>
  );
}

export default async function ProcedureDocumentsPage({ params, searchParams }: ProcedurePageProps) {
  const { procedure } = await loadProcedure(params, 'pieces-justificatives');
  const query = await searchParams;
  const basePath = adminProcedurePath(procedure.id, 'pieces-justificatives');
  const { documents } = procedure.form;
  const editing = documents.find((document) => document.id === firstParam(query.modifier));
  const adding = firstParam(query.ajouter) === '1';

  return (
    <div className="stack-lg">
      <ProcedureAdminHeader procedure={procedure} current="pieces-justificatives" />
      <BuilderNotices items={documents} query={query} successMessages={SUCCESS} />

      <section className="stack" aria-labelledby="pieces">
        <h2 id="pieces">Pièces justificatives</h2>
        <p className="prose">Les documents que les demandeurs joignent à leur dossier. {ACCEPTED_FORMATS_NOTE} : le portail refuse les autres formats.</p>
        {documents.length === 0 ? (
          <p className="empty-state">Aucune pièce justificative demandée pour le moment.</p>
        ) : (
          <BuilderList
            items={documents.map((document) => ({ id: document.id, label: document.label, details: <DocumentDetails document={document} /> }))}
            procedureId={procedure.id}
            basePath={basePath}
            anchor="piece"
            noun="la pièce justificative"
            moveAction={moveDocumentAction}
            removeAction={removeDocumentAction}
            deletingId={firstParam(query.supprimer)}
            deleteWarning="Les dossiers déjà déposés gardent leurs pièces ; les nouveaux ne demanderont plus celle-ci."
            moved={movedItem(documents, query)}
            editing={
              editing
                ? {
                    id: editing.id,
                    editor: (
                      <ConfirmationPanel id={`piece-${editing.id}-modification`} title={`Modifier la pièce « ${editing.label} »`}>
                        <DocumentEditor
                          procedureId={procedure.id}
                          documentId={editing.id}
                          defaultValues={editorValues(editing)}
                          submitLabel="Enregistrer la pièce"
                          cancelHref={`${basePath}#piece-${editing.id}`}
                        />
                      </ConfirmationPanel>
                    ),
                  }
                : undefined
            }
          />
        )}
      </section>

      <section className="stack" aria-labelledby="ajouter-piece">
        <h2 id="ajouter-piece">Ajouter une pièce justificative</h2>
        {adding ? (
          <ConfirmationPanel id="nouvelle-piece-panneau" title="Nouvelle pièce justificative">
            <DocumentEditor procedureId={procedure.id} defaultValues={editorValues()} submitLabel="Ajouter la pièce" cancelHref={basePath} />
          </ConfirmationPanel>
        ) : (
          <Form action={basePath}>
            <input type="hidden" name="ajouter" value="1" />
            <button type="submit" className="btn-secondary">
              Ajouter une pièce justificative
            </button>
          </Form>
        )}
      </section>
    </div>
  );
}
