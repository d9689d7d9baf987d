'use client';

import { useActionState } from 'react';
import type { FormAction } from '@/lib/actions/result';
import { ActionFeedback, fieldError } from './action-feedback';
import { FileUploadField } from './file-upload-field';
import { LONG_TEXT_MAX_LENGTH } from '@/lib/validation/limits';

type MessageFormProps = {
  dossierId: string;
  /** The applicant's (postDossierMessageAction) or the back-office's (sendAgentMessageAction). */
  action: FormAction;
  label?: string;
};

export function MessageForm({ dossierId, action: serverAction, label = 'Votre message' }: MessageFormProps) {
  const [state, action, pending] = useActionState(serverAction, null);
  const bodyError = fieldError(state, 'body');
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="stack" noValidate>
      <ActionFeedback state={state} />
      <input type="hidden" name="dossierId" value={dossierId} />
      <div className="field">
        <label htmlFor="message-body">{label}</label>
        {bodyError ? (
          <p className="field-error" id="message-body-erreur">
            <span className="visually-hidden">Erreur : </span>
            {bodyError}
          </p>
        ) : null}
        <textarea
          id="message-body"
          name="body"
          rows={6}
          maxLength={LONG_TEXT_MAX_LENGTH}
          required
          defaultValue={values?.body}
          aria-invalid={bodyError ? true : undefined}
          aria-describedby={bodyError ? 'message-body-erreur' : undefined}
        />
      </div>
      <FileUploadField id="message-fichiers" name="fichiers" multiple hint="Facultatif. PDF ou image (PNG, JPEG, WebP)." error={fieldError(state, 'files')} />
      <div className="actions">
        <button type="submit" className="btn" disabled={pending}>
          Envoyer le message
        </button>
      </div>
    </form>
  );
}
