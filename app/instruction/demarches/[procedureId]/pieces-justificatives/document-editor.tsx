'use client';

import { ActionForm } from '@/components/forms/action-form';
import { CheckboxField } from '@/components/forms/checkbox-field';
import { SelectField } from '@/components/forms/select-field';
import { SubmitOrCancel } from '@/components/forms/submit-or-cancel';
import { TextareaField } from '@/components/forms/textarea-field';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { PROFILE_DOCUMENT_TYPE_OPTIONS } from '@/lib/profile-documents/document-types';
import { saveDocumentSchema } from '@/lib/validation/procedure';
import { saveDocumentAction } from '../../actions';

type DocumentEditorProps = {
  procedureId: string;
  documentId?: string;
  defaultValues: { label: string; help: string; required: boolean; profileDocumentType: string };
  submitLabel: string;
  cancelHref: string;
};

export function DocumentEditor({ procedureId, documentId, defaultValues, submitLabel, cancelHref }: DocumentEditorProps) {
  const controller = useActionForm({
    schema: saveDocumentSchema,
    action: saveDocumentAction,
    idPrefix: documentId ? `piece-${documentId}-edition` : 'nouvelle-piece',
    defaultValues: { ...defaultValues, procedureId, itemId: documentId },
  });
  const { form, isPending, textField, passwordField } = controller;
  return (
    <ActionForm controller={controller}>
      <input type="hidden" name="procedureId" value={procedureId} />
      {documentId ? <input type="hidden" name="itemId" value={documentId} /> : null}
      <TextField label="Libellé" hint="Par exemple « Relevé d’identité bancaire (RIB) »." {...textField('label')} />
      <TextareaField label="Aide (facultatif)" hint="Une précision sur le document attendu." rows={3} {...textField('help')} />
      <SelectField
        label="Document de l’association"
        hint="Si la pièce est l’un des documents que les associations gardent sur Guichet, celui du profil est proposé déjà joint."
        placeholder="Aucun : pièce propre à cette démarche"
        options={PROFILE_DOCUMENT_TYPE_OPTIONS}
        {...textField('profileDocumentType')}
      />
      <CheckboxField label="Pièce obligatoire" {...passwordField('required')} defaultChecked={Boolean(form.getValues('required'))} />
      <SubmitOrCancel pending={isPending} cancelHref={cancelHref}>
        {submitLabel}
      </SubmitOrCancel>
    </ActionForm>
  );
}
