'use client';

import { ActionForm } from '@/components/forms/action-form';
import { FileUploadField } from '@/components/forms/file-upload-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { useActionForm } from '@/components/forms/use-action-form';
import type { FormAction } from '@/lib/actions/result';
import { dossierMessageSchema } from '@/lib/validation/dossier-message';
import { LONG_TEXT_MAX_LENGTH } from '@/lib/validation/limits';

type MessageFormProps = {
  dossierId: string;
  /** The applicant's (postDossierMessageAction) or the back-office's (sendAgentMessageAction): both parse dossierMessageSchema. */
  action: FormAction;
  label?: string;
  /** MAX_UPLOAD_MB, from the server's configuration. */
  maxUploadMb: number;
};

export function MessageForm({ dossierId, action, label = 'Votre message', maxUploadMb }: MessageFormProps) {
  const controller = useActionForm({ schema: dossierMessageSchema, action, idPrefix: 'message', defaultValues: { body: '' } });
  const { textField, form, isPending } = controller;
  return (
    <ActionForm controller={controller}>
      <div className="stack">
        <input type="hidden" name="dossierId" value={dossierId} />
        <TextareaField {...textField('body')} label={label} rows={6} maxLength={LONG_TEXT_MAX_LENGTH} />
        {/* The accepted uploads' ids are hidden inputs named `fileIds`, posted with the form. */}
        <FileUploadField
          id="message-fileIds"
          name="fileIds"
          multiple
          legend="Pièces jointes (facultatif)"
          maxUploadMb={maxUploadMb}
          error={form.formState.errors.fileIds?.message as string | undefined}
          onUploadStart={() => form.clearErrors('fileIds')}
        />
        <div className="actions">
          <SubmitButton pending={isPending} pendingLabel="Envoi en cours…">
            Envoyer le message
          </SubmitButton>
        </div>
      </div>
    </ActionForm>
  );
}
