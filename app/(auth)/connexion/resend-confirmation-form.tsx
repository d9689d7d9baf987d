'use client';

import { useActionState } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert } from '@/components/ui/alert';
import { resendConfirmationAction } from './actions';

/** Shown when a login is refused because the address is not confirmed yet. */
export function ResendConfirmationForm({ email }: { email: string }) {
  const [state, formAction, isPending] = useActionState(resendConfirmationAction, null);
  if (state?.ok) {
    return (
      <Alert tone="success" title="Courriel envoyé">
        <p>Un nouveau courriel de confirmation vous a été envoyé. Cliquez sur le lien qu’il contient, valable 24 heures.</p>
      </Alert>
    );
  }
  return (
    <form action={formAction} className="stack">
      {state && !state.ok ? <Alert tone="error">{state.message}</Alert> : null}
      <p>Vous n’avez pas reçu le courriel de confirmation, ou son lien a expiré ?</p>
      <input type="hidden" name="email" value={email} />
      <SubmitButton pending={isPending} pendingLabel="Envoi en cours…" variant="secondary">
        Renvoyer le courriel de confirmation
      </SubmitButton>
    </form>
  );
}
