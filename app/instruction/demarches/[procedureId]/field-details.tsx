import { constraintHint } from '@/components/procedures/procedure-form-fields';
import { PREFILL_NOTES } from '@/lib/dossiers/prefill-answers';
import { FIELD_TYPE_LABELS, type FieldDefinition } from '@/lib/procedures/field-definitions';

export function FieldDetails({ field }: { field: FieldDefinition }) {
  const constraint = constraintHint(field);
  return (
    <div className="builder-item__details">
      <p className="procedure-card__meta">
        <span className="tag tag-neutral">{FIELD_TYPE_LABELS[field.type]}</span>
        {field.type === 'section' ? null : field.required ? <span className="tag">Obligatoire</span> : <span className="tag tag-neutral">Facultatif</span>}
      </p>
      {field.help ? <p className="muted">Aide : {field.help}</p> : null}
      {field.type === 'choice' ? <p className="muted">Choix : {field.choices.join(' ; ')}</p> : null}
      {PREFILL_NOTES[field.type] ? <p className="muted">{PREFILL_NOTES[field.type]}, modifiable par le demandeur.</p> : null}
      {constraint && field.type !== 'phone' && field.type !== 'siret' && field.type !== 'rna' && field.type !== 'address' ? (
        <p className="muted">{constraint}</p>
      ) : null}
    </div>
  );
}

/** The editor's starting values for a field (strings as typed; choices one per line). */
export function fieldEditorValues(field?: FieldDefinition) {
  const option = (value: number | string | undefined) => (value === undefined ? '' : String(value));
  return {
    label: field?.label ?? '',
    help: field?.help ?? '',
    required: field ? field.required : true,
    maxLength: field && (field.type === 'text' || field.type === 'paragraph') ? option(field.maxLength) : '',
    min: field && (field.type === 'number' || field.type === 'amount' || field.type === 'date') ? option(field.min) : '',
    max: field && (field.type === 'number' || field.type === 'amount' || field.type === 'date') ? option(field.max) : '',
    integer: field?.type === 'number' ? Boolean(field.integer) : false,
    choices: field?.type === 'choice' ? field.choices.join('\n') : '',
  };
}
