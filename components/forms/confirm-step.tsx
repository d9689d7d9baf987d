import Link from 'next/link';
import type { ReactNode } from 'react';
import { ConfirmationPanel } from '@/components/ui/confirmation-panel';
import { ActionButton } from './action-button';
import type { FormAction } from '@/lib/actions/result';

type ConfirmStepProps = {
  /** The panel's id, which the link that opened it targets (#id). */
  id: string;
  title: string;
  children: ReactNode;
  action: FormAction;
  fields: Record<string, string>;
  confirmLabel: string;
  pendingLabel: string;
  cancelHref: string;
};

export function ConfirmStep({ id, title, children, action, fields, confirmLabel, pendingLabel, cancelHref }: ConfirmStepProps) {
  return (
    <ConfirmationPanel id={id} title={title}>
      {children}
      <div className="actions">
        <ActionButton action={action} fields={fields} pendingLabel={pendingLabel} variant="danger">
          {confirmLabel}
        </ActionButton>
        <Link href={cancelHref} scroll={false}>
          Annuler
        </Link>
      </div>
    </ConfirmationPanel>
  );
}
