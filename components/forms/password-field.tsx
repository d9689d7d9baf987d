'use client';
import { useState, type ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import type { PasswordRule } from '@/lib/validation/password';
import { describedBy, FieldChrome } from './field';
import { PasswordChecklist } from './password-checklist';
import styles from './password-field.module.css';
import { useHydrated } from './use-hydrated';

type PasswordFieldProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  registration: UseFormRegisterReturn;
  autoComplete: 'current-password' | 'new-password';
  checklist?: { rules: readonly PasswordRule[]; value: string };
};

export function PasswordField({ id, label, hint, error, registration, autoComplete, checklist }: PasswordFieldProps) {
  const hydrated = useHydrated();
  const [visible, setVisible] = useState(false);
  const checklistId = `${id}-rules`;
  return (
    <FieldChrome
      id={id}
      label={label}
      hint={hint}
      error={error}
      details={checklist ? <PasswordChecklist id={checklistId} password={checklist.value} rules={checklist.rules} /> : null}
    >
      <div className={styles.row}>
        <input
          id={id}
          type={visible ? 'text' : 'password'}
          autoComplete={autoComplete}
          spellCheck={false}
          autoCapitalize="none"
          {...registration}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, { hint, error }, ...(checklist ? [checklistId] : []))}
        />
        {hydrated ? (
          <button type="button" className="btn-secondary" aria-controls={id} aria-pressed={visible} onClick={() => setVisible(!visible)}>
            {visible ? 'Masquer' : 'Afficher'}
          </button>
        ) : null}
      </div>
    </FieldChrome>
  );
}
