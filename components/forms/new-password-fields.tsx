'use client';
import type { ComponentProps } from 'react';
import { passwordRules, type PasswordRule } from '@/lib/validation/password';
import { PasswordField } from './password-field';

type FieldProps = Pick<ComponentProps<typeof PasswordField>, 'id' | 'error' | 'registration'>;

export function NewPasswordFields({
  label,
  hint,
  value,
  password,
  confirmation,
  rules = passwordRules,
}: {
  label: string;
  hint: string;
  value: string;
  password: FieldProps;
  confirmation: FieldProps;
  /** The checklist's rules: agents have a longer minimum (agentPasswordRules). */
  rules?: readonly PasswordRule[];
}) {
  return (
    <>
      <PasswordField label={label} hint={hint} autoComplete="new-password" checklist={{ rules, value }} {...password} />
      <PasswordField label="Confirmation du mot de passe" autoComplete="new-password" {...confirmation} />
    </>
  );
}
