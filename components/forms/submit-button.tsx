import type { ReactNode } from 'react';

type SubmitButtonProps = {
  pending: boolean;
  children: ReactNode;
  pendingLabel: string;
  variant?: 'primary' | 'secondary';
};

/** Disabled while the form is sent: one click, one submission. */
export function SubmitButton({ pending, children, pendingLabel, variant = 'primary' }: SubmitButtonProps) {
  return (
    <button type="submit" className={variant === 'primary' ? 'btn' : 'btn-secondary'} disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
