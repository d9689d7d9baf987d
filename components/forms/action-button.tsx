'use client';
import { useActionState, type ReactNode } from 'react';
import type { ActionResult, FormAction } from '@/lib/actions/result';

type ActionButtonProps<T> = {
  action: FormAction<T>;
  fields?: Record<string, string>;
  children: ReactNode;
  pendingLabel: ReactNode;
  /** `link`: a button that looks like a link, for the site header's « Se déconnecter ». */
  variant?: 'primary' | 'secondary' | 'danger' | 'link';
  describedBy?: string;
  small?: boolean;
  /** For an action that stays on the page (no redirect): what a status line says after a success. */
  announce?: (data: T | undefined) => string;
  className?: string;
};

const variantClass = { primary: 'btn', secondary: 'btn-secondary', danger: 'btn-danger', link: 'btn-link' };

/** A refusal is shown next to the button; on success the page says what happened (or, with `announce`, a status line does). */
export function ActionButton<T = undefined>({
  action,
  fields = {},
  children,
  pendingLabel,
  variant = 'secondary',
  describedBy,
  small,
  announce,
  className,
}: ActionButtonProps<T>) {
  const [state, formAction, isPending] = useActionState<ActionResult<T> | null, FormData>(action, null);
  const failure = state && !state.ok ? state.message : undefined;
  return (
    <form action={formAction} className={className ? `action-button ${className}` : 'action-button'}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button
        type="submit"
        className={small ? `${variantClass[variant]} btn-small` : variantClass[variant]}
        disabled={isPending}
        aria-describedby={describedBy}
      >
        {isPending ? pendingLabel : children}
      </button>
      {announce ? (
        <p role="status" className="visually-hidden">
          {state?.ok ? announce(state.data) : ''}
        </p>
      ) : null}
      {failure ? (
        <p className="field-error" role="alert">
          {failure}
        </p>
      ) : null}
    </form>
  );
}
