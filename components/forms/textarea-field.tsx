import type { ComponentProps, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, FieldChrome } from './field';

type TextareaFieldProps = Omit<ComponentProps<'textarea'>, 'id' | 'name'> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
};

export function TextareaField({ id, label, hint, error, registration, rows = 6, ...textareaProps }: TextareaFieldProps) {
  return (
    <FieldChrome id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        rows={rows}
        {...registration}
        {...textareaProps}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      />
    </FieldChrome>
  );
}
