'use client';

import Link from 'next/link';
import { ActionForm } from '@/components/forms/action-form';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { resetPasswordSchema } from '@/lib/validation/account';
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
        <NewPasswordFields
          label="Nouveau mot de passe"
          hint="Votre mot de passe doit contenir :"
          value={form.watch('password') ?? ''}
          password={passwordField('password')}
          confirmation={passwordField('passwordConfirmation')}
        />
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
