'use client';

import { useActionState } from 'react';
import { issueDocumentAction } from './actions';
import { ActionFeedback, fieldError } from '@/components/dossiers/action-feedback';
import { FileUploadField } from '@/components/dossiers/file-upload-field';
import { HiddenFields, PlainInput } from '@/components/instruction/instruction-fields';

/** « Envoyer un document »: a title and the agent's upload (PDF or image), sent with an explicit button. */
export function IssueDocumentForm({ dossierId }: { dossierId: string }) {
  const [state, action, pending] = useActionState(issueDocumentAction, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="stack" noValidate>
      <ActionFeedback state={state} />
      <HiddenFields fields={{ dossierId }} />
      <PlainInput id="document-titre" name="title" label="Titre du document" required error={fieldError(state, 'title')} defaultValue={values?.title} />
      <FileUploadField id="document-fichier" name="fichier" hint="PDF ou image (PNG, JPEG, WebP)." error={fieldError(state, 'fichier')} />
      <div className="actions">
        <button type="submit" className="btn" disabled={pending}>
          {pending ? 'Envoi en cours…' : 'Envoyer le document'}
        </button>
      </div>
    </form>
  );
}
