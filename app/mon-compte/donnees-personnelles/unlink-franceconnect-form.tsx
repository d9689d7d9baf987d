'use client';

import { ActionForm } from '@/components/forms/action-form';
import { PasswordField } from '@/components/forms/password-field';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { unlinkFranceConnectSchema } from '@/lib/validation/account';
import { unlinkFranceConnectAction } from './actions';

export function UnlinkFranceConnectForm() {
  const controller = useActionForm({ schema: unlinkFranceConnectSchema, action: unlinkFranceConnectAction, idPrefix: 'delier-franceconnect' });
  const { isPending, passwordField } = controller;
  return (
    <ActionForm controller={controller}>
      <PasswordField label="Mot de passe du compte" autoComplete="current-password" {...passwordField('currentPassword')} />
      <SubmitButton pending={isPending} pendingLabel="En cours…">
        Délier FranceConnect
      </SubmitButton>
    </ActionForm>
  );
}
