import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy } from './field';
import { FieldError } from './fieldset-field';

type CheckboxFieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  /** In the server HTML: react-hook-form only ticks boxes once JavaScript runs. */
  defaultChecked?: boolean;
};

export function CheckboxField({ id, label, hint, error, registration, defaultChecked }: CheckboxFieldProps) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <FieldError id={id} error={error} />
      <label className="choice" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          defaultChecked={defaultChecked}
          {...registration}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint, error })}
        />
        <span>{label}</span>
      </label>
      {hint ? (
        <span id={`${id}-hint`} className="hint checkbox-hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
