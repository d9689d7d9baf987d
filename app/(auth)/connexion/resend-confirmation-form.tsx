'use client';

import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { resendConfirmationSchema } from '@/lib/validation/account';
import { resendConfirmationAction } from './actions';

export function ResendConfirmationForm({ email }: { email: string }) {
  const controller = useActionForm({
    schema: resendConfirmationSchema,
    action: resendConfirmationAction,
    idPrefix: 'renvoi-confirmation',
    defaultValues: { email },
  });
  if (controller.state?.ok) {
    return (
      <Alert tone="success" title="Courriel envoyé">
        <p>Un nouveau courriel de confirmation vous a été envoyé. Cliquez sur le lien qu’il contient, valable 24 heures.</p>
      </Alert>
    );
  }
  return (
    <ActionForm controller={controller} className="stack">
      <p>Vous n’avez pas reçu le courriel de confirmation, ou son lien a expiré ?</p>
      <input type="hidden" name="email" value={email} />
      <SubmitButton pending={controller.isPending} pendingLabel="Envoi en cours…" variant="secondary">
        Renvoyer le courriel de confirmation
      </SubmitButton>
    </ActionForm>
  );
}
