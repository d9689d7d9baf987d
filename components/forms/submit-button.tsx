import type { ReactNode } from 'react';

type SubmitButtonProps = {
  pending: boolean;
  children: ReactNode;
  pendingLabel: string;
  /** `danger`: an irreversible act (« Supprimer définitivement mon compte »). */
  variant?: 'primary' | 'secondary' | 'danger';
};

const VARIANT_CLASS = { primary: 'btn', secondary: 'btn-secondary', danger: 'btn-danger' };

/** Disabled while the form is sent: one click, one submission. */
export function SubmitButton({ pending, children, pendingLabel, variant = 'primary' }: SubmitButtonProps) {
  return (
    <button type="submit" className={VARIANT_CLASS[variant]} disabled={pending}>
      {pending ? pendingLabel : children}
    </button>
  );
}
