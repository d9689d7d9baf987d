'use client';

import { useActionState } from 'react';
import type { FormAction } from '@/lib/actions/result';

type FollowButtonProps = {
  /** followDossierAction (app/instruction/actions.ts). */
  action: FormAction<{ following: boolean }>;
  dossierId: string;
  /** Said to screen readers after the button's text: « Suivre le dossier 2026-000123 ». */
  dossierNumber: string;
  followed: boolean;
  small?: boolean;
};

/**
 * « Suivre » / « Ne plus suivre » a dossier (the queue's « suivis »). A form: works without
 * JavaScript. The text says the next act, so no aria-pressed (which would contradict it); the
 * change is announced by the status line, and focus stays on the button.
 */
export function FollowButton({ action: followAction, dossierId, dossierNumber, followed, small }: FollowButtonProps) {
  const [state, action, pending] = useActionState(followAction, null);
  const announcement = state?.ok
    ? state.data?.following
      ? `Vous suivez le dossier ${dossierNumber}.`
      : `Vous ne suivez plus le dossier ${dossierNumber}.`
    : '';
  return (
    <form action={action} className="follow-button">
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="suivre" value={followed ? '0' : '1'} />
      <button type="submit" className={small ? 'btn-secondary btn-small' : 'btn-secondary'} disabled={pending}>
        {followed ? 'Ne plus suivre' : 'Suivre'}
        <span className="visually-hidden"> le dossier {dossierNumber}</span>
      </button>
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      {state && !state.ok ? (
        <p className="field-error" role="alert">
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
