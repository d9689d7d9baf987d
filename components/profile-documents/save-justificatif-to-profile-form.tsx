'use client';

import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import type { FormAction } from '@/lib/actions/result';
import { PROFILE_DOCUMENT_TYPES } from '@/lib/profile-documents/document-types';
import type { SavableJustificatif } from '@/lib/profile-documents/list-savable-justificatifs';
import { saveJustificatifToProfileSchema } from '@/lib/validation/profile-document';

type Props = { dossierId: string; justificatif: SavableJustificatif; action: FormAction };

/** « Enregistrer aussi dans les documents de l'association », with « Valable jusqu'au » for a type that expires. */
export function SaveJustificatifToProfileForm({ dossierId, justificatif, action }: Props) {
  const controller = useActionForm({
    schema: saveJustificatifToProfileSchema,
    action,
    idPrefix: `enregistrer-${justificatif.documentId}`,
    defaultValues: { dossierId, documentId: justificatif.documentId },
  });
  const { isPending, textField } = controller;
  const type = PROFILE_DOCUMENT_TYPES[justificatif.type];
  return (
    <ActionForm controller={controller} className="stack">
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="documentId" value={justificatif.documentId} />
      <p>
        {justificatif.label} : <strong>{justificatif.fileName}</strong>, à enregistrer comme « {type.label} ».
      </p>
      {type.expires ? <TextField label="Valable jusqu’au" type="date" className="input-short" {...textField('validUntil')} /> : null}
      <div className="actions">
        <SubmitButton pending={isPending} pendingLabel="Enregistrement…" variant="secondary">
          Enregistrer aussi dans les documents de l’association<span className="visually-hidden"> : {justificatif.label}</span>
        </SubmitButton>
      </div>
    </ActionForm>
  );
}
