import type { ComponentProps, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { describedBy, FieldChrome } from './field';

export type SelectOption = { value: string; label: string };

type SelectFieldProps = Omit<ComponentProps<'select'>, 'id' | 'name' | 'children'> & {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  options: readonly SelectOption[];
  /** The first, empty choice (« Choisissez… »): nothing is preselected for the person. */
  placeholder: string;
};

export function SelectField({ id, label, hint, error, registration, options, placeholder, ...selectProps }: SelectFieldProps) {
  return (
    <FieldChrome id={id} label={label} hint={hint} error={error}>
      <select id={id} {...registration} {...selectProps} aria-invalid={error ? true : undefined} aria-describedby={describedBy(id, { hint, error })}>
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldChrome>
  );
}
