import type { ReactNode } from 'react';
import { describedBy } from './field';

/** The error under a field's label or legend, with its prefix for screen readers. */
export function FieldError({ id, error }: { id: string; error?: string }) {
  if (!error) return null;
  return (
    <span id={`${id}-error`} className="field-error">
      <span className="visually-hidden">Erreur : </span>
      {error}
    </span>
  );
}

type FieldsetFieldProps = { id: string; legend: string; hint?: ReactNode; error?: string; children: ReactNode };

export function FieldsetField({ id, legend, hint, error, children }: FieldsetFieldProps) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <fieldset id={id} aria-describedby={describedBy(id, { hint, error })}>
        <legend>{legend}</legend>
        {hint ? (
          <span id={`${id}-hint`} className="hint">
            {hint}
          </span>
        ) : null}
        <FieldError id={id} error={error} />
        {children}
      </fieldset>
    </div>
  );
}
