import Link from 'next/link';
import type { ReactNode } from 'react';
import { SubmitButton } from './submit-button';

type SubmitOrCancelProps = { pending: boolean; children: ReactNode; cancelHref: string; pendingLabel?: string };

export function SubmitOrCancel({ pending, children, cancelHref, pendingLabel = 'Enregistrement en cours…' }: SubmitOrCancelProps) {
  return (
    <div className="actions">
      <SubmitButton pending={pending} pendingLabel={pendingLabel}>
        {children}
      </SubmitButton>
      <Link href={cancelHref}>Annuler</Link>
    </div>
  );
}
