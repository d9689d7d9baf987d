'use client';

import { ActionForm } from '@/components/forms/action-form';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { SubmitOrCancel } from '@/components/forms/submit-or-cancel';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import type { FieldType } from '@/lib/procedures/field-definitions';
import { saveFieldSchema } from '@/lib/validation/procedure';
import { saveFieldAction } from '../../actions';

export type FieldEditorValues = {
  label: string;
  help: string;
  required: boolean;
  maxLength: string;
  min: string;
  max: string;
  integer: boolean;
  choices: string;
};

type FieldEditorProps = {
  procedureId: string;
  type: FieldType;
  /** Absent for a new field. */
  fieldId?: string;
  defaultValues: FieldEditorValues;
  submitLabel: string;
  cancelHref: string;
};

export function FieldEditor({ procedureId, type, fieldId, defaultValues, submitLabel, cancelHref }: FieldEditorProps) {
  const idPrefix = fieldId ? `champ-${fieldId}-edition` : 'nouveau-champ';
  const controller = useActionForm({
    schema: saveFieldSchema,
    action: saveFieldAction,
    idPrefix,
    defaultValues: { ...defaultValues, type, procedureId, itemId: fieldId },
  });
  const { form, isPending, textField, passwordField } = controller;
  const checkbox = (name: 'required' | 'integer') => ({ ...passwordField(name), defaultChecked: Boolean(form.getValues(name)) });
  const section = type === 'section';

  return (
    <ActionForm controller={controller}>
      <input type="hidden" name="procedureId" value={procedureId} />
      {fieldId ? <input type="hidden" name="itemId" value={fieldId} /> : null}
      <input type="hidden" {...form.register('type')} defaultValue={type} />
      <TextField
        label={section ? 'Titre de la section' : 'Libellé'}
        hint={section ? undefined : 'La question posée, par exemple « Montant demandé ».'}
        {...textField('label')}
      />
      <TextareaField label="Aide (facultatif)" hint="Une précision affichée sous le libellé." rows={3} {...textField('help')} />
      {section ? null : <CheckboxField label="Réponse obligatoire" {...checkbox('required')} />}
      {type === 'text' || type === 'paragraph' ? (
        <TextField
          label="Longueur maximale (facultatif)"
          hint="En nombre de caractères."
          inputMode="numeric"
          className="input-short"
          {...textField('maxLength')}
        />
      ) : null}
      {type === 'number' ? (
        <>
          <TextField label="Valeur minimale (facultatif)" inputMode="decimal" className="input-short" {...textField('min')} />
          <TextField label="Valeur maximale (facultatif)" inputMode="decimal" className="input-short" {...textField('max')} />
          <CheckboxField label="Nombre entier uniquement" {...checkbox('integer')} />
        </>
      ) : null}
      {type === 'amount' ? (
        <>
          <TextField label="Montant minimal en euros (facultatif)" inputMode="decimal" className="input-short" {...textField('min')} />
          <TextField label="Montant maximal en euros (facultatif)" inputMode="decimal" className="input-short" {...textField('max')} />
        </>
      ) : null}
      {type === 'date' ? (
        <>
          <TextField label="Date minimale (facultatif)" type="date" className="input-short" {...textField('min')} />
          <TextField label="Date maximale (facultatif)" type="date" className="input-short" {...textField('max')} />
        </>
      ) : null}
      {type === 'choice' ? <TextareaField label="Choix proposés" hint="Un choix par ligne, au moins 2." rows={5} {...textField('choices')} /> : null}
      <SubmitOrCancel pending={isPending} cancelHref={cancelHref}>
        {submitLabel}
      </SubmitOrCancel>
    </ActionForm>
  );
}
