'use client';

import { ActionForm } from '@/components/forms/action-form';
import { NewPasswordFields } from '@/components/forms/new-password-fields';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { acceptAgentInvitationSchema } from '@/lib/validation/agent';
import { agentPasswordRules } from '@/lib/validation/password';
import { acceptAgentInvitationAction } from './actions';

export function AcceptInvitationForm({ token }: { token: string }) {
  const controller = useActionForm({
    schema: acceptAgentInvitationSchema,
    action: acceptAgentInvitationAction,
    idPrefix: 'invitation',
    defaultValues: { token },
  });
  const { form, isPending, passwordField } = controller;
  return (
    <ActionForm controller={controller}>
      <input type="hidden" {...form.register('token')} defaultValue={token} />
      <NewPasswordFields
        label="Nouveau mot de passe"
        hint="Votre mot de passe d’agent doit contenir :"
        rules={agentPasswordRules}
        value={form.watch('password') ?? ''}
        password={passwordField('password')}
        confirmation={passwordField('passwordConfirmation')}
      />
      <SubmitButton pending={isPending} pendingLabel="Enregistrement en cours…">
        Enregistrer le mot de passe
      </SubmitButton>
    </ActionForm>
  );
}
