import type { ReactNode } from 'react';
import { describedBy, FieldChrome } from '@/components/forms/field';
import { LONG_TEXT_MAX_LENGTH } from '@/lib/validation/limits';

// Fields of the back-office's dossier forms, which post straight to their server action (they
// work without JavaScript; the server's messages come back through ActionResult).

type TextareaProps = { id: string; name: string; label: string; hint?: ReactNode; error?: string; defaultValue?: string; required?: boolean; rows?: number };

export function PlainTextarea({ id, name, label, hint, error, defaultValue, required, rows = 5 }: TextareaProps) {
  return (
    <FieldChrome id={id} label={label} hint={hint} error={error}>
      <textarea
        id={id}
        name={name}
        rows={rows}
        maxLength={LONG_TEXT_MAX_LENGTH}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      />
    </FieldChrome>
  );
}

type InputProps = { id: string; name: string; label: string; hint?: ReactNode; error?: string; defaultValue?: string; required?: boolean };

export function PlainInput({ id, name, label, hint, error, defaultValue, required }: InputProps) {
  return (
    <FieldChrome id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type="text"
        maxLength={200}
        required={required}
        defaultValue={defaultValue}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, { hint, error })}
      />
    </FieldChrome>
  );
}

export function HiddenFields({ fields }: { fields: Record<string, string> }) {
  return (
    <>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
    </>
  );
}
