'use client';

import Link from 'next/link';
import { useActionState } from 'react';
import { SubmitButton } from '@/components/forms/submit-button';
import { Alert } from '@/components/ui/alert';
import { confirmEmailAction } from './actions';

export function ConfirmEmailForm({ token }: { token: string }) {
  const [state, formAction, isPending] = useActionState(confirmEmailAction, null);

  if (state?.ok) {
    const emailChange = state.data?.kind === 'email-change';
    return (
      <Alert tone="success" title="Votre adresse courriel est confirmée.">
        {emailChange ? (
          <p>
            C’est désormais l’adresse de votre compte. <Link href="/mon-compte/donnees-personnelles">Mes données personnelles</Link>
          </p>
        ) : (
          <p>
            Votre compte est activé. <Link href="/connexion">Connexion</Link>
          </p>
        )}
      </Alert>
    );
  }

  return (
    <form action={formAction} className="stack">
      {state ? (
        <Alert tone="error" title="L’adresse n’a pas pu être confirmée">
          <p>{state.message}</p>
        </Alert>
      ) : null}
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={isPending} pendingLabel="Confirmation en cours…">
        Confirmer mon adresse
      </SubmitButton>
    </form>
  );
}
