import type { ReactNode } from 'react';

export type FieldChromeProps = {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string;
  details?: ReactNode;
  children: ReactNode;
};

export function describedBy(id: string, { hint, error }: { hint?: ReactNode; error?: string }, ...extra: string[]) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null, ...extra].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export function FieldChrome({ id, label, hint, error, details, children }: FieldChromeProps) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} className="hint">
          {hint}
        </span>
      ) : null}
      {details}
      {error ? (
        <span id={`${id}-error`} className="field-error">
          <span className="visually-hidden">Erreur : </span>
          {error}
        </span>
      ) : null}
      {children}
    </div>
  );
}
