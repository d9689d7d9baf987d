'use client';

import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { requestResetSchema } from '@/lib/validation/account';
import { requestPasswordResetAction } from './actions';

export function RequestResetForm() {
  const controller = useActionForm({ schema: requestResetSchema, action: requestPasswordResetAction, idPrefix: 'reinitialisation' });
  const { state, isPending, textField } = controller;

  if (state?.ok) {
    return (
      <Alert tone="success" title="Demande enregistrée">
        <p>
          Si un compte existe pour cette adresse, vous allez recevoir un courriel contenant un lien pour choisir un nouveau mot de passe. Ce lien est valable 1
          heure.
        </p>
      </Alert>
    );
  }
  return (
    <ActionForm controller={controller}>
      <TextField label="Courriel" type="email" autoComplete="email" spellCheck={false} {...textField('email')} />
      <SubmitButton pending={isPending} pendingLabel="Envoi en cours…">
        Soumettre
      </SubmitButton>
    </ActionForm>
  );
}
