import type { ReactNode } from 'react';
import { describedBy, FieldChrome } from '@/components/forms/field';
import { FieldsetField } from '@/components/forms/fieldset-field';
import { ACCEPTED_FILE_TYPES } from '@/lib/files/accepted-files';
import { formatEuros, formatNumber } from '@/lib/format/number';
import type { DocumentDefinition, FieldDefinition } from '@/lib/procedures/field-definitions';

// No hooks: the preview (server) and the dossier form (client) share it. Inputs are named by field
// id, as buildAnswersSchema reads them.

export type ProcedureFormFieldsProps = {
  fields: readonly FieldDefinition[];
  idPrefix?: string;
  values?: Readonly<Record<string, string | undefined>>;
  errors?: Readonly<Record<string, string | undefined>>;
  disabled?: boolean;
  /** Level of the section titles; the fields are under the page's h1 or an h2. */
  sectionHeadingLevel?: 2 | 3;
};

/** A choice list longer than this is a drop-down rather than radios. */
const MAX_RADIOS = 8;

function withOptional(label: string, required: boolean): string {
  return required ? label : `${label} (facultatif)`;
}

function frenchDay(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

function between(min: string | undefined, max: string | undefined, noun: string): string | null {
  if (min !== undefined && max !== undefined) return `${noun} entre ${min} et ${max}`;
  if (min !== undefined) return `${noun} d’au moins ${min}`;
  if (max !== undefined) return `${noun} d’au plus ${max}`;
  return null;
}

/** What the validator will ask, said before the person types (GOV.UK: hints prevent errors). */
export function constraintHint(field: FieldDefinition): string | null {
  const number = (value: number | undefined) => (value === undefined ? undefined : formatNumber(value));
  const euros = (value: number | undefined) => (value === undefined ? undefined : formatEuros(value));
  switch (field.type) {
    case 'text':
    case 'paragraph':
      return field.maxLength ? `${formatNumber(field.maxLength)} caractères au plus.` : null;
    case 'number': {
      const range = between(number(field.min), number(field.max), field.integer ? 'Nombre entier' : 'Nombre');
      return range ? `${range}.` : field.integer ? 'Nombre entier.' : null;
    }
    case 'amount': {
      // A minimum of 0 € is what every amount already is: not worth saying.
      const min = field.min ? euros(field.min) : undefined;
      return `${between(min, euros(field.max), 'Montant en euros') ?? 'Montant en euros'}, par exemple 1500 ou 1500,50.`;
    }
    case 'date': {
      if (field.min && field.max) return `Entre le ${frenchDay(field.min)} et le ${frenchDay(field.max)}.`;
      if (field.min) return `Le ${frenchDay(field.min)} ou après.`;
      if (field.max) return `Le ${frenchDay(field.max)} ou avant.`;
      return null;
    }
    case 'phone':
      return 'Par exemple 01 23 45 67 89.';
    case 'siret':
      return '14 chiffres, par exemple 123 456 789 00012.';
    case 'rna':
      return 'La lettre W suivie de 9 chiffres, par exemple W751234567.';
    case 'address':
      return 'Numéro et voie, code postal et commune.';
    default:
      return null;
  }
}

function hintFor(field: FieldDefinition): ReactNode {
  const constraint = constraintHint(field);
  if (!field.help && !constraint) return undefined;
  return (
    <>
      {field.help}
      {field.help && constraint ? <br /> : null}
      {constraint}
    </>
  );
}

type InputProps = { id: string; name: string; defaultValue?: string; disabled?: boolean; 'aria-invalid'?: true; 'aria-describedby'?: string };

function Radios({
  name,
  id,
  options,
  value,
  disabled,
  inline,
}: {
  name: string;
  id: string;
  options: { value: string; label: string }[];
  value?: string;
  disabled?: boolean;
  inline?: boolean;
}) {
  return (
    <div className={inline ? 'choices choices--inline' : 'choices'}>
      {options.map((option, index) => (
        <label key={option.value} className="choice" htmlFor={`${id}-${index + 1}`}>
          <input type="radio" id={`${id}-${index + 1}`} name={name} value={option.value} defaultChecked={value === option.value} disabled={disabled} />
          {option.label}
        </label>
      ))}
    </div>
  );
}

function FieldInput({ field, input }: { field: Exclude<FieldDefinition, { type: 'section' | 'choice' | 'yesno' }>; input: InputProps }) {
  switch (field.type) {
    case 'paragraph':
      return <textarea {...input} rows={6} />;
    case 'address':
      return <textarea {...input} rows={3} autoComplete="street-address" />;
    case 'number':
      return <input {...input} type="text" inputMode={field.integer ? 'numeric' : 'decimal'} className="input-short" />;
    case 'amount':
      return (
        <div className="input-suffix">
          <input {...input} type="text" inputMode="decimal" className="input-short" />
          <span aria-hidden="true">€</span>
        </div>
      );
    case 'date':
      return <input {...input} type="date" min={field.min} max={field.max} className="input-short" />;
    case 'email':
      return <input {...input} type="email" autoComplete="email" spellCheck={false} />;
    case 'fullname':
      return <input {...input} type="text" autoComplete="name" spellCheck={false} />;
    case 'phone':
      return <input {...input} type="tel" autoComplete="tel" className="input-short" />;
    case 'siret':
      return <input {...input} type="text" inputMode="numeric" spellCheck={false} className="input-short" />;
    case 'rna':
      return <input {...input} type="text" spellCheck={false} autoCapitalize="characters" className="input-short" />;
    default:
      return <input {...input} type="text" />;
  }
}

export function ProcedureFormFields({ fields, idPrefix = 'reponse', values = {}, errors = {}, disabled, sectionHeadingLevel = 2 }: ProcedureFormFieldsProps) {
  const SectionHeading = sectionHeadingLevel === 2 ? 'h2' : 'h3';
  return fields.map((field) => {
    const id = `${idPrefix}-${field.id}`;
    if (field.type === 'section') {
      return (
        <div key={field.id} className="form-section-title">
          <SectionHeading>{field.label}</SectionHeading>
          {field.help ? <p className="hint">{field.help}</p> : null}
        </div>
      );
    }
    const label = withOptional(field.label, field.required);
    const hint = hintFor(field);
    const error = errors[field.id];
    const value = values[field.id];
    if (field.type === 'choice' || field.type === 'yesno') {
      const options =
        field.type === 'yesno'
          ? [
              { value: 'oui', label: 'Oui' },
              { value: 'non', label: 'Non' },
            ]
          : field.choices.map((choice) => ({ value: choice, label: choice }));
      if (field.type === 'choice' && options.length > MAX_RADIOS) {
        return (
          <FieldChrome key={field.id} id={id} label={label} hint={hint} error={error}>
            <select
              id={id}
              name={field.id}
              defaultValue={value ?? ''}
              disabled={disabled}
              aria-invalid={error ? true : undefined}
              aria-describedby={describedBy(id, { hint, error })}
            >
              <option value="">Choisissez une réponse</option>
              {options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </select>
          </FieldChrome>
        );
      }
      return (
        <FieldsetField key={field.id} id={id} legend={label} hint={hint} error={error}>
          <Radios name={field.id} id={id} options={options} value={value} disabled={disabled} inline={field.type === 'yesno'} />
        </FieldsetField>
      );
    }
    const input: InputProps = {
      id,
      name: field.id,
      defaultValue: value,
      disabled,
      'aria-invalid': error ? true : undefined,
      'aria-describedby': describedBy(id, { hint, error }),
    };
    return (
      <FieldChrome key={field.id} id={id} label={label} hint={hint} error={error}>
        <FieldInput field={field} input={input} />
      </FieldChrome>
    );
  });
}

export const ACCEPTED_FORMATS_NOTE = 'Formats acceptés : PDF ou image';

export function ProcedureDocumentFields({
  documents,
  idPrefix = 'piece',
  disabled,
  errors = {},
}: {
  documents: readonly DocumentDefinition[];
  idPrefix?: string;
  disabled?: boolean;
  errors?: Readonly<Record<string, string | undefined>>;
}) {
  return documents.map((document) => {
    const id = `${idPrefix}-${document.id}`;
    const error = errors[document.id];
    const hint = (
      <>
        {document.help}
        {document.help ? <br /> : null}
        {ACCEPTED_FORMATS_NOTE}.
      </>
    );
    return (
      <FieldChrome key={document.id} id={id} label={withOptional(document.label, document.required)} hint={hint} error={error}>
        <input
          id={id}
          name={document.id}
          type="file"
          accept={ACCEPTED_FILE_TYPES}
          disabled={disabled}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint, error })}
        />
      </FieldChrome>
    );
  });
}
