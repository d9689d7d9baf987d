import type { FormEvent, ReactNode, RefObject } from 'react';
import { ErrorSummary } from './error-summary';
import type { SummaryError } from './use-action-form';

export type ActionFormController = {
  idPrefix: string;
  formAction: (formData: FormData) => void;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  summaryRef: RefObject<HTMLDivElement | null>;
  summaryErrors: SummaryError[];
  failureMessage?: string;
};

type ActionFormProps = { controller: ActionFormController; children: ReactNode; className?: string };

/**
 * The error summary, then the form. `noValidate`: the browser's own bubbles would come before
 * our messages and differ from them; the same rules are checked by the schema instead.
 */
export function ActionForm({ controller, children, className }: ActionFormProps) {
  return (
    <>
      <ErrorSummary id={`${controller.idPrefix}-summary`} ref={controller.summaryRef} errors={controller.summaryErrors} message={controller.failureMessage} />
      <form action={controller.formAction} onSubmit={controller.onSubmit} className={className} noValidate>
        {children}
      </form>
    </>
  );
}
