'use client';

import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextareaField } from '@/components/forms/textarea-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { HiddenFields } from '@/components/instruction/instruction-fields';
import { LONG_TEXT_MAX_LENGTH } from '@/lib/validation/limits';
import { instructionSchemas } from '@/lib/validation/instruction';
import { addPrivateNoteAction } from '../actions';

export function PrivateNoteForm({ dossierId }: { dossierId: string }) {
  const controller = useActionForm({ schema: instructionSchemas.note, action: addPrivateNoteAction, idPrefix: 'note', defaultValues: { dossierId } });
  const { isPending, textField } = controller;
  return (
    <ActionForm controller={controller}>
      <div className="stack">
        <HiddenFields fields={{ dossierId }} />
        <TextareaField label="Note" required rows={5} maxLength={LONG_TEXT_MAX_LENGTH} {...textField('body')} />
        <div className="actions">
          <SubmitButton pending={isPending} pendingLabel="Enregistrement en cours…">
            Ajouter la note
          </SubmitButton>
        </div>
      </div>
    </ActionForm>
  );
}
