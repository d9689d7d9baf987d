'use client';

import { ActionForm } from '@/components/forms/action-form';
import { PasswordField } from '@/components/forms/password-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { changePasswordSchema } from '@/lib/validation/account';
import { passwordRules } from '@/lib/validation/password';
import { changePasswordAction } from './actions';

export function ChangePasswordForm() {
  const controller = useActionForm({ schema: changePasswordSchema, action: changePasswordAction, idPrefix: 'mot-de-passe' });
  const { form, isPending, passwordField } = controller;

  return (
    <ActionForm controller={controller}>
      <PasswordField label="Mot de passe actuel" autoComplete="current-password" {...passwordField('currentPassword')} />
      <PasswordField
        label="Nouveau mot de passe"
        hint="Votre nouveau mot de passe doit contenir :"
        autoComplete="new-password"
        checklist={{ rules: passwordRules, value: form.watch('newPassword') ?? '' }}
        {...passwordField('newPassword')}
      />
      <PasswordField label="Confirmation du mot de passe" autoComplete="new-password" {...passwordField('newPasswordConfirmation')} />
      <SubmitButton pending={isPending} pendingLabel="Enregistrement en cours…">
        Changer de mot de passe
      </SubmitButton>
    </ActionForm>
  );
}
