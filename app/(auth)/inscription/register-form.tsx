'use client';

import { ActionForm } from '@/components/forms/action-form';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { registerSchema } from '@/lib/validation/account';
import { registerAction } from './actions';

export function RegisterForm() {
  const controller = useActionForm({ schema: registerSchema, action: registerAction, idPrefix: 'inscription' });
  const { form, isPending, textField, passwordField } = controller;

  return (
    <ActionForm controller={controller}>
      <TextField label="Prénom" autoComplete="given-name" {...textField('firstName')} />
      <TextField label="Nom" autoComplete="family-name" {...textField('lastName')} />
      <TextField
        label="Courriel"
        type="email"
        autoComplete="email"
        spellCheck={false}
        hint="Vous recevrez un lien à cette adresse pour activer votre compte."
        {...textField('email')}
      />
      <NewPasswordFields
        label="Mot de passe"
        hint="Votre mot de passe doit contenir :"
        value={form.watch('password') ?? ''}
        password={passwordField('password')}
        confirmation={passwordField('passwordConfirmation')}
      />
      <SubmitButton pending={isPending} pendingLabel="Enregistrement en cours…">
        Enregistrement
      </SubmitButton>
    </ActionForm>
  );
}
