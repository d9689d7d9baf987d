'use client';

import { ActionForm } from '@/components/forms/action-form';
import { PasswordField } from '@/components/forms/password-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { registerSchema } from '@/lib/validation/account';
import { passwordRules } from '@/lib/validation/password';
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
      <PasswordField
        label="Mot de passe"
        hint="Votre mot de passe doit contenir :"
        autoComplete="new-password"
        checklist={{ rules: passwordRules, value: form.watch('password') ?? '' }}
        {...passwordField('password')}
      />
      <PasswordField label="Confirmation du mot de passe" autoComplete="new-password" {...passwordField('passwordConfirmation')} />
      <SubmitButton pending={isPending} pendingLabel="Enregistrement en cours…">
        Enregistrement
      </SubmitButton>
    </ActionForm>
  );
}
