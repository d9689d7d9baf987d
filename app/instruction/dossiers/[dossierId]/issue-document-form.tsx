'use client';

import { FileUploadField } from '@/components/dossiers/file-upload-field';
import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { HiddenFields } from '@/components/instruction/instruction-fields';
import { DOCUMENT_TITLE_MAX_LENGTH, instructionSchemas } from '@/lib/validation/instruction';
import { issueDocumentAction } from './actions';

/** « Envoyer un document »: a title and the agent's upload (PDF or image), sent with an explicit button. */
export function IssueDocumentForm({ dossierId }: { dossierId: string }) {
  const controller = useActionForm({ schema: instructionSchemas.document, action: issueDocumentAction, idPrefix: 'document', defaultValues: { dossierId } });
  const { form, isPending, textField } = controller;
  return (
    <ActionForm controller={controller}>
      <div className="stack">
        <HiddenFields fields={{ dossierId }} />
        <TextField label="Titre du document" required maxLength={DOCUMENT_TITLE_MAX_LENGTH} {...textField('title')} />
        {/* The upload posts its id in a hidden input; the browser's check reads it from here. */}
        <FileUploadField
          id="document-fichier"
          name="fichier"
          hint="PDF ou image (PNG, JPEG, WebP)."
          error={form.formState.errors.fichier?.message}
          onUploaded={(file) => form.setValue('fichier', file.id)}
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
