'use client';

import { useEffect, useRef, useState } from 'react';
import { ActionForm } from '@/components/forms/action-form';
import { FileUploadField } from '@/components/forms/file-upload-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { replaceAttachmentSchema } from '@/lib/validation/dossier-follow-up';
import { replaceRejectedAttachmentAction } from '../actions';

// Replacing a rejected justificatif: the upload runs first (with its progress bar), then the form
// is submitted by itself with the accepted file's id.

type Props = { dossierId: string; attachmentId: string; documentLabel: string /** MAX_UPLOAD_MB, from the server's configuration. */; maxUploadMb: number };

export function ReplaceAttachmentForm({ dossierId, attachmentId, documentLabel, maxUploadMb }: Props) {
  const idPrefix = `remplacer-${attachmentId}`;
  const controller = useActionForm({ schema: replaceAttachmentSchema, action: replaceRejectedAttachmentAction, idPrefix, defaultValues: { attachmentId } });
  const { form, isPending } = controller;
  const uploadedRef = useRef<HTMLInputElement>(null);
  const [uploadedId, setUploadedId] = useState<string | null>(null);
  // Submitted once the accepted file's id is in the form (after React has rendered it).
  useEffect(() => {
    if (uploadedId) uploadedRef.current?.form?.requestSubmit();
  }, [uploadedId]);
  return (
    <ActionForm controller={controller}>
      <div className="stack">
        <input type="hidden" name="dossierId" value={dossierId} />
        <input type="hidden" name="attachmentId" value={attachmentId} />
        {uploadedId ? <input ref={uploadedRef} type="hidden" name="fileId" value={uploadedId} /> : null}
        <FileUploadField
          id={`${idPrefix}-fileId`}
          hint={`Nouveau fichier pour « ${documentLabel} » :`}
          buttonContext={` : ${documentLabel}`}
          maxUploadMb={maxUploadMb}
          error={form.formState.errors.fileId?.message}
          onUploadStart={() => form.clearErrors('fileId')}
          onUploaded={(file) => {
            form.setValue('fileId', file.id);
            setUploadedId(file.id);
          }}
        />
        {isPending ? <p role="status">Remplacement en cours…</p> : null}
      </div>
    </ActionForm>
  );
}
