import type { Ref } from 'react';
import type { SummaryError } from './use-action-form';

type ErrorSummaryProps = {
  /** Unique on the page: several forms may each show a summary. */
  id: string;
  errors: SummaryError[];
  /** Shown when the failure belongs to no field (e.g. « Courriel ou mot de passe incorrect. »). */
  message?: string;
  ref?: Ref<HTMLDivElement>;
};

export function ErrorSummary({ id, errors, message, ref }: ErrorSummaryProps) {
  if (errors.length === 0 && !message) return null;
  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Il y a un problème</h2>
      <ul>
        {errors.length > 0 ? (
          errors.map((error) => (
            <li key={error.href}>
              <a href={error.href}>{error.message}</a>
            </li>
          ))
        ) : (
          <li>{message}</li>
        )}
      </ul>
    </div>
  );
}
