'use client';

import { ActionButton } from '@/components/forms/action-button';
import type { FormAction } from '@/lib/actions/result';

type FollowButtonProps = {
  action: FormAction<{ following: boolean }>;
  dossierId: string;
  /** Said to screen readers after the button's text: « Suivre le dossier 2026-000123 ». */
  dossierNumber: string;
  followed: boolean;
  small?: boolean;
};

/**
 * The text says the next act, so no aria-pressed (which would contradict it); the status line
 * announces the change, and focus stays on the button.
 */
export function FollowButton({ action, dossierId, dossierNumber, followed, small }: FollowButtonProps) {
  const label = (
    <>
      {followed ? 'Ne plus suivre' : 'Suivre'}
      <span className="visually-hidden"> le dossier {dossierNumber}</span>
    </>
  );
  return (
    <ActionButton
      action={action}
      fields={{ dossierId, follow: followed ? '0' : '1' }}
      pendingLabel={label}
      small={small}
      className="follow-button"
      announce={(data) => (data?.following ? `Vous suivez le dossier ${dossierNumber}.` : `Vous ne suivez plus le dossier ${dossierNumber}.`)}
    >
      {label}
    </ActionButton>
  );
}
