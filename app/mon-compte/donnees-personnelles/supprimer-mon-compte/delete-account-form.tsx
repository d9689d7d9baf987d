'use client';

import { ActionForm } from '@/components/forms/action-form';
import { PasswordField } from '@/components/forms/password-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { deleteAccountSchema } from '@/lib/validation/account';
import { deleteAccountAction } from './actions';

export function DeleteAccountForm() {
  const controller = useActionForm({ schema: deleteAccountSchema, action: deleteAccountAction, idPrefix: 'supprimer-compte' });
  const { isPending, passwordField } = controller;
  return (
    <ActionForm controller={controller}>
      <PasswordField label="Mot de passe du compte" autoComplete="current-password" {...passwordField('currentPassword')} />
      <SubmitButton pending={isPending} pendingLabel="Suppression en cours…" variant="danger">
        Supprimer définitivement mon compte
      </SubmitButton>
    </ActionForm>
  );
}
