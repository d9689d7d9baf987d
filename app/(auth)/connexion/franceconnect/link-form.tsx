'use client';

import { ActionForm } from '@/components/forms/action-form';
import { PasswordField } from '@/components/forms/password-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { linkFranceConnectSchema } from '@/lib/validation/account';
import { linkFranceConnectAction } from './actions';

export function LinkFranceConnectForm() {
  const controller = useActionForm({ schema: linkFranceConnectSchema, action: linkFranceConnectAction, idPrefix: 'lier-franceconnect' });
  const { isPending, passwordField } = controller;
  return (
    <ActionForm controller={controller}>
      <PasswordField label="Mot de passe de votre compte" autoComplete="current-password" {...passwordField('password')} />
      <SubmitButton pending={isPending} pendingLabel="Association en cours…">
        Associer FranceConnect à mon compte
      </SubmitButton>
    </ActionForm>
  );
}
