'use client';

import { ActionForm } from '@/components/forms/action-form';
import { FileUploadField } from '@/components/forms/file-upload-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { HiddenFields } from '@/components/instruction/instruction-fields';
import { DOCUMENT_TITLE_MAX_LENGTH, instructionSchemas } from '@/lib/validation/instruction';
import { issueDocumentAction } from './actions';

/** « Envoyer un document »: a title and the agent's upload (PDF or image), sent with an explicit button. */
export function IssueDocumentForm({
  dossierId,
  maxUploadMb,
}: {
  dossierId: string /** MAX_UPLOAD_MB, from the server's configuration. */;
  maxUploadMb: number;
}) {
  const controller = useActionForm({ schema: instructionSchemas.document, action: issueDocumentAction, idPrefix: 'document', defaultValues: { dossierId } });
  const { form, isPending, textField } = controller;
  return (
    <ActionForm controller={controller}>
      <div className="stack">
        <HiddenFields fields={{ dossierId }} />
        <TextField label="Titre du document" required maxLength={DOCUMENT_TITLE_MAX_LENGTH} {...textField('title')} />
        {/* The upload posts its id in a hidden input; the browser's check reads it from here. */}
        <FileUploadField
          id="document-fileId"
          name="fileId"
          maxUploadMb={maxUploadMb}
          error={form.formState.errors.fileId?.message}
          onUploadStart={() => form.clearErrors('fileId')}
          onUploaded={(file) => form.setValue('fileId', file.id)}
        />
        <div className="actions">
          <SubmitButton pending={isPending} pendingLabel="Envoi en cours…">
            Envoyer le document
          </SubmitButton>
        </div>
      </div>
    </ActionForm>
  );
}
