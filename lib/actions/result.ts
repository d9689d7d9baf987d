import { formatWait } from '@/lib/security/format-wait';

// docs/architecture.md, « Le modèle d'erreur ».

export type FieldErrors = Record<string, string[]>;

export type ActionResult<T = undefined> =
  | { ok: true; data?: T }
  | {
      ok: false;
      fieldErrors?: FieldErrors;
      message: string;
      code?: string;
      /** What the person typed (never a password), to refill the form when JavaScript is off. */
      values?: Record<string, string>;
      /** Set by a throttle: the action's answer becomes 429 with `Retry-After` (define-action.ts). */
      retryAfterSeconds?: number;
    };

export type FormAction<T = undefined> = (previous: ActionResult<T> | null, formData: FormData) => Promise<ActionResult<T>>;

export type ActionFailure = Extract<ActionResult, { ok: false }>;

export function succeed<T = undefined>(data?: T): ActionResult<T> {
  return data === undefined ? { ok: true } : { ok: true, data };
}

export function fail(message: string, fieldErrors?: FieldErrors): ActionFailure {
  return fieldErrors ? { ok: false, message, fieldErrors } : { ok: false, message };
}

/** A failure that belongs to one field: the error summary links to it. */
export function failOnField(field: string, message: string): ActionFailure {
  return fail(message, { [field]: [message] });
}

/** The code of a refusal that means « absent, or someone else's »: the action answers 404. */
export const NOT_FOUND_CODE = 'not-found';

export function failWithCode(code: string, message: string): ActionFailure {
  return { ...fail(message), code };
}

/** « Trop de tentatives. Réessayez dans 2 minutes. » */
export function throttledMessage(retryAfterSeconds: number, subject = 'Trop de tentatives'): string {
  return `${subject}. Réessayez dans ${formatWait(retryAfterSeconds)}.`;
}

export function failThrottled(retryAfterSeconds: number, subject = 'Trop de tentatives'): ActionFailure {
  return { ...fail(throttledMessage(retryAfterSeconds, subject)), retryAfterSeconds };
}
