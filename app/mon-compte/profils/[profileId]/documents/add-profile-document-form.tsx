'use client';

import { ActionForm } from '@/components/forms/action-form';
import { FileUploadField } from '@/components/forms/file-upload-field';
import { SelectField } from '@/components/forms/select-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { PROFILE_DOCUMENT_TYPE_OPTIONS, type ProfileDocumentType } from '@/lib/profile-documents/document-types';
import { addProfileDocumentSchema } from '@/lib/validation/profile-document';
import { addProfileDocumentAction } from './actions';

/** « Ajouter un document »: a document of a type the profile already holds replaces it (the old one stays in the history). */
export function AddProfileDocumentForm({ profileId, type, maxUploadMb }: { profileId: string; type?: ProfileDocumentType; maxUploadMb: number }) {
  const controller = useActionForm({
    schema: addProfileDocumentSchema,
    action: addProfileDocumentAction,
    idPrefix: 'document',
    defaultValues: { profileId, type },
  });
  const { form, isPending, textField } = controller;
  return (
    <ActionForm controller={controller}>
      <div className="stack">
        <input type="hidden" name="profileId" value={profileId} />
        <SelectField label="Type de document" placeholder="Choisissez un type" options={PROFILE_DOCUMENT_TYPE_OPTIONS} {...textField('type')} />
        <FileUploadField
          id="document-fileId"
          name="fileId"
          legend="Fichier"
          maxUploadMb={maxUploadMb}
          error={form.formState.errors.fileId?.message}
          onUploadStart={() => form.clearErrors('fileId')}
          onUploaded={(file) => form.setValue('fileId', file.id)}
        />
        <TextField
          label="Valable jusqu’au"
          hint="Obligatoire pour les comptes, le rapport d’activité, le procès-verbal d’assemblée générale et le budget ; à laisser vide pour un document sans fin de validité (statuts, RIB)."
          type="date"
          className="input-short"
          {...textField('validUntil')}
        />
        <div className="actions">
          <SubmitButton pending={isPending} pendingLabel="Enregistrement…">
            Ajouter le document
          </SubmitButton>
        </div>
      </div>
    </ActionForm>
  );
}
