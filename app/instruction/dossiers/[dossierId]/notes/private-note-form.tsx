'use client';

import { useActionState } from 'react';
import { addPrivateNoteAction } from '../actions';
import { ActionFeedback, fieldError } from '@/components/dossiers/action-feedback';
import { HiddenFields, PlainTextarea } from '@/components/instruction/instruction-fields';

export function PrivateNoteForm({ dossierId }: { dossierId: string }) {
  const [state, action, pending] = useActionState(addPrivateNoteAction, null);
  const values = state && !state.ok ? state.values : undefined;
  return (
    <form action={action} className="stack" noValidate>
      <ActionFeedback state={state} />
      <HiddenFields fields={{ dossierId }} />
      <PlainTextarea id="note-body" name="body" label="Note" required error={fieldError(state, 'body')} defaultValue={values?.body} />
      <div className="actions">
        <button type="submit" className="btn" disabled={pending}>
          {pending ? 'Enregistrement en cours…' : 'Ajouter la note'}
        </button>
      </div>
    </form>
  );
}
