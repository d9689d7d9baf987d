'use client';

import { useActionState, useEffect, useRef, useState } from 'react';
import { replaceRejectedAttachmentAction } from '../actions';
import { ActionFeedback } from '@/components/dossiers/action-feedback';
import { FileUploadField } from '@/components/dossiers/file-upload-field';

// Replacing a rejected justificatif: the upload runs first (with its progress bar), then the form
// is submitted by itself with the accepted file's id.

export function ReplaceAttachmentForm({ dossierId, attachmentId, documentLabel }: { dossierId: string; attachmentId: string; documentLabel: string }) {
  const [state, action, pending] = useActionState(replaceRejectedAttachmentAction, null);
  const formRef = useRef<HTMLFormElement>(null);
  const [uploadedId, setUploadedId] = useState<string | null>(null);
  // Submitted once the accepted file's id is in the form (after React has rendered it).
  useEffect(() => {
    if (uploadedId) formRef.current?.requestSubmit();
  }, [uploadedId]);
  return (
    <form ref={formRef} action={action} className="stack">
      <ActionFeedback state={state} />
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="attachmentId" value={attachmentId} />
      {uploadedId ? <input type="hidden" name="fichier" value={uploadedId} /> : null}
      <FileUploadField
        id={`remplacer-${attachmentId}`}
        name="fichier-envoye"
        hint={`Nouveau fichier pour « ${documentLabel} » : PDF ou image (PNG, JPEG, WebP).`}
        onUploaded={(file) => setUploadedId(file.id)}
      />
      {pending ? <p role="status">Remplacement en cours…</p> : null}
    </form>
  );
}
