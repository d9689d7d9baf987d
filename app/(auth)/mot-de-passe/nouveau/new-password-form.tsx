'use client';

import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { PasswordField } from '@/components/forms/password-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { resetPasswordSchema } from '@/lib/validation/account';
import { passwordRules } from '@/lib/validation/password';
import { resetPasswordAction } from './actions';

export function NewPasswordForm({ token }: { token: string }) {
  const controller = useActionForm({
    schema: resetPasswordSchema,
    action: resetPasswordAction,
    idPrefix: 'nouveau-mot-de-passe',
    defaultValues: { token },
  });
  const { form, state, isPending, passwordField } = controller;
  // The link was used or expired while the form was open: say where to get a new one.
  const linkRefused = state && !state.ok && !state.fieldErrors;

  return (
    <>
      <ActionForm controller={controller}>
        <input type="hidden" {...form.register('token')} defaultValue={token} />
        <PasswordField
          label="Nouveau mot de passe"
          hint="Votre mot de passe doit contenir :"
          autoComplete="new-password"
          checklist={{ rules: passwordRules, value: form.watch('password') ?? '' }}
          {...passwordField('password')}
        />
        <PasswordField label="Confirmation du mot de passe" autoComplete="new-password" {...passwordField('passwordConfirmation')} />
        <SubmitButton pending={isPending} pendingLabel="Enregistrement en cours…">
          Enregistrer le mot de passe
        </SubmitButton>
      </ActionForm>
      {linkRefused ? (
        <p>
          <Link href="/mot-de-passe/reinitialiser">Demander un nouveau lien</Link>
        </p>
      ) : null}
    </>
  );
}
