'use client';

import Link from 'next/link';
import { useEffect, useRef } from 'react';
import { ActionForm } from '@/components/forms/action-form';
import { SubmitButton } from '@/components/forms/submit-button';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { confirmEmailSchema } from '@/lib/validation/account';
import { confirmEmailAction } from './actions';

export function ConfirmEmailForm({ token }: { token: string }) {
  const controller = useActionForm({ schema: confirmEmailSchema, action: confirmEmailAction, idPrefix: 'confirmation', defaultValues: { token } });
  const { state, isPending } = controller;
  // The button is gone once confirmed: focus goes to what happened, which a screen reader reads.
  const confirmedRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state?.ok) confirmedRef.current?.focus();
  }, [state]);

  if (state?.ok) {
    const emailChange = state.data?.kind === 'email-change';
    return (
      <div ref={confirmedRef} tabIndex={-1}>
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
      </div>
    );
  }

  return (
    <ActionForm controller={controller} className="stack">
      <input type="hidden" name="token" value={token} />
      <SubmitButton pending={isPending} pendingLabel="Confirmation en cours…">
        Confirmer mon adresse
      </SubmitButton>
    </ActionForm>
  );
}
