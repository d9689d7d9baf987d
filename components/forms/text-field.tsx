import type { ComponentProps, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, FieldChrome } from './field';

type TextFieldProps = Omit<ComponentProps<'input'>, 'id' | 'name'> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
};

export function TextField({ id, label, hint, error, registration, type = 'text', ...inputProps }: TextFieldProps) {
  return (
    <FieldChrome id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        type={type}
        {...registration}
        {...inputProps}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      />
    </FieldChrome>
  );
}
