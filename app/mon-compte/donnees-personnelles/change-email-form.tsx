'use client';

import { ActionForm } from '@/components/forms/action-form';
import { PasswordField } from '@/components/forms/password-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { changeEmailSchema } from '@/lib/validation/account';
import { changeEmailAction } from './actions';

export function ChangeEmailForm() {
  const controller = useActionForm({ schema: changeEmailSchema, action: changeEmailAction, idPrefix: 'courriel' });
  const { isPending, textField, passwordField } = controller;

  return (
    <ActionForm controller={controller}>
      <TextField
        label="Nouvelle adresse courriel"
        type="email"
        autoComplete="email"
        spellCheck={false}
        hint="Un lien de confirmation sera envoyé à cette adresse."
        {...textField('newEmail')}
      />
      <PasswordField label="Mot de passe actuel" autoComplete="current-password" {...passwordField('currentPassword')} />
      <SubmitButton pending={isPending} pendingLabel="Envoi en cours…">
        Changer d’adresse courriel
      </SubmitButton>
    </ActionForm>
  );
}
