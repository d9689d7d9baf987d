'use client';

import { ActionForm } from '@/components/forms/action-form';
import { PasswordField } from '@/components/forms/password-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { loginSchema } from '@/lib/validation/account';
import { loginAction } from './actions';
import { ResendConfirmationForm } from './resend-confirmation-form';

export function LoginForm({ returnTo }: { returnTo: string | null }) {
  const controller = useActionForm({ schema: loginSchema, action: loginAction, idPrefix: 'connexion' });
  const { state, isPending, textField, passwordField } = controller;
  const unverifiedEmail = state && !state.ok && state.code === 'unverified' ? state.values?.email : undefined;

  return (
    <>
      <ActionForm controller={controller}>
        {returnTo ? <input type="hidden" name="retour" value={returnTo} /> : null}
        <TextField label="Courriel" type="email" autoComplete="email" spellCheck={false} {...textField('email')} />
        <PasswordField label="Mot de passe" autoComplete="current-password" {...passwordField('password')} />
        <SubmitButton pending={isPending} pendingLabel="Connexion en cours…">
          Connexion
        </SubmitButton>
      </ActionForm>
      {unverifiedEmail ? <ResendConfirmationForm email={unverifiedEmail} /> : null}
    </>
  );
}
