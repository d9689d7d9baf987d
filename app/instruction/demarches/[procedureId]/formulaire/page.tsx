import type { Metadata } from 'next';
import Form from 'next/form';
import Link from 'next/link';
import { ConfirmationPanel } from '@/components/ui/confirmation-panel';
import { FIELD_TYPE_LABELS, FIELD_TYPES, type FieldType } from '@/lib/procedures/field-definitions';
import { adminProcedurePath } from '@/lib/procedures/procedure-paths';
import { firstParam } from '@/lib/search-params';
import { moveFieldAction, removeFieldAction } from '../../actions';
import { BuilderList, BuilderNotices, movedItem } from '../../builder-list';
import { fieldEditorValues, FieldDetails } from '../field-details';
import { loadProcedure, procedurePageTitle, type ProcedurePageProps } from '../load-procedure';
import { ProcedureAdminHeader } from '../procedure-admin-header';
import { FieldEditor } from './field-editor';

export async function generateMetadata({ params }: ProcedurePageProps): Promise<Metadata> {
  return procedurePageTitle(params, 'formulaire', 'Formulaire');
}

const SUCCESS: Record<string, string> = {
  creee: 'La démarche a été créée, en brouillon. Ajoutez maintenant les champs de son formulaire.',
  'champ-ajoute': 'Le champ a été ajouté.',
  'champ-modifie': 'Le champ a été modifié.',
  'champ-supprime': 'Le champ a été supprimé.',
};

function isFieldType(value: string | undefined): value is FieldType {
  return (FIELD_TYPES as readonly string[]).includes(value ?? '');
}

export default async function ProcedureFormPage({ params, searchParams }: ProcedurePageProps) {
  const { procedure } = await loadProcedure(params, 'formulaire');
  const query = await searchParams;
  const basePath = adminProcedurePath(procedure.id, 'formulaire');
  const { fields } = procedure.form;
  const editingId = firstParam(query.modifier);
  const editingField = fields.find((field) => field.id === editingId);
  const addingType = firstParam(query.ajouter);

  return (
    <div className="stack-lg">
      <ProcedureAdminHeader procedure={procedure} current="formulaire" />
      <BuilderNotices items={fields} query={query} successMessages={SUCCESS} />

      <section className="stack" aria-labelledby="champs">
        <h2 id="champs">Formulaire</h2>
        <p className="prose">
          Les questions posées aux demandeurs, dans l’ordre où ils les verront.
          {procedure.published
            ? ' La démarche est publiée : chaque modification crée une nouvelle version du formulaire ; les dossiers déjà déposés gardent la leur.'
            : ' Tant que la démarche n’a jamais été publiée, les modifications ne créent pas de nouvelle version.'}
        </p>
        {fields.length === 0 ? (
          <p className="empty-state">Aucun champ pour le moment. Ajoutez le premier ci-dessous.</p>
        ) : (
          <BuilderList
            items={fields.map((field) => ({ id: field.id, label: field.label, details: <FieldDetails field={field} /> }))}
            procedureId={procedure.id}
            basePath={basePath}
            anchor="champ"
            noun="le champ"
            moveAction={moveFieldAction}
            removeAction={removeFieldAction}
            deletingId={firstParam(query.supprimer)}
            deleteWarning="Les dossiers déjà déposés gardent ce champ et leur réponse ; les nouveaux ne le verront plus."
            moved={movedItem(fields, query)}
            editing={
              editingField
                ? {
                    id: editingField.id,
                    editor: (
                      <ConfirmationPanel id={`champ-${editingField.id}-modification`} title={`Modifier le champ « ${editingField.label} »`}>
                        <p className="muted">Type : {FIELD_TYPE_LABELS[editingField.type]}. Pour changer de type, supprimez ce champ et ajoutez-en un autre.</p>
                        <FieldEditor
                          procedureId={procedure.id}
                          type={editingField.type}
                          fieldId={editingField.id}
                          defaultValues={fieldEditorValues(editingField)}
                          submitLabel="Enregistrer le champ"
                          cancelHref={`${basePath}#champ-${editingField.id}`}
                        />
                      </ConfirmationPanel>
                    ),
                  }
                : undefined
            }
          />
        )}
      </section>

      <section className="stack" aria-labelledby="ajouter-champ">
        <h2 id="ajouter-champ">Ajouter un champ</h2>
        {isFieldType(addingType) ? (
          <ConfirmationPanel id="nouveau-champ-panneau" title={`Nouveau champ : ${FIELD_TYPE_LABELS[addingType]}`}>
            <FieldEditor
              procedureId={procedure.id}
              type={addingType}
              defaultValues={fieldEditorValues()}
              submitLabel="Ajouter le champ"
              cancelHref={basePath}
            />
          </ConfirmationPanel>
        ) : (
          <Form action={basePath} className="inline-form">
            <div className="field">
              <label htmlFor="type-de-champ">Type du champ</label>
              <select id="type-de-champ" name="ajouter" defaultValue="text">
                {FIELD_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {FIELD_TYPE_LABELS[type]}
                  </option>
                ))}
              </select>
            </div>
            <button type="submit" className="btn-secondary">
              Ajouter un champ
            </button>
          </Form>
        )}
      </section>

      {fields.length > 0 ? (
        <p>
          <Link href={adminProcedurePath(procedure.id, 'apercu')}>Voir l’aperçu du formulaire</Link>
        </p>
      ) : null}
    </div>
  );
}
