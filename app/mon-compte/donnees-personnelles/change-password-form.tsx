'use client';

import { ActionForm } from '@/components/forms/action-form';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { PasswordField } from '@/components/forms/password-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { changePasswordSchema } from '@/lib/validation/account';
import { changePasswordAction } from './actions';

export function ChangePasswordForm() {
  const controller = useActionForm({ schema: changePasswordSchema, action: changePasswordAction, idPrefix: 'mot-de-passe' });
  const { form, isPending, passwordField } = controller;

  return (
    <ActionForm controller={controller}>
      <PasswordField label="Mot de passe actuel" autoComplete="current-password" {...passwordField('currentPassword')} />
      <NewPasswordFields
        label="Nouveau mot de passe"
        hint="Votre nouveau mot de passe doit contenir :"
        value={form.watch('newPassword') ?? ''}
        password={passwordField('newPassword')}
        confirmation={passwordField('newPasswordConfirmation')}
      />
      <SubmitButton pending={isPending} pendingLabel="Enregistrement en cours…">
        Changer de mot de passe
      </SubmitButton>
    </ActionForm>
  );
}
