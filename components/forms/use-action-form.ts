'use client';
import { zodResolver } from '@hookform/resolvers/zod';
import { startTransition, useActionState, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useForm, type DefaultValues, type FieldErrors, type FieldValues, type Path, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { ActionResult, FormAction } from '@/lib/actions/result';

type Options<S extends z.ZodType<FieldValues, FieldValues>, T> = {
  schema: S;
  action: FormAction<T>;
  /** Prefix of the fields' ids: several forms on one page must not share an id. */
  idPrefix: string;
  defaultValues?: DefaultValues<z.input<S>>;
};

export type SummaryError = { href: string; message: string };

function serverFieldErrors(state: ActionResult<unknown> | null): FieldErrors | undefined {
  if (!state || state.ok || !state.fieldErrors) return undefined;
  return Object.fromEntries(Object.entries(state.fieldErrors).map(([name, messages]) => [name, { type: 'server', message: messages[0] }]));
}

export function useActionForm<S extends z.ZodType<FieldValues, FieldValues>, T = undefined>({ schema, action, idPrefix, defaultValues }: Options<S, T>) {
  const [state, formAction, isPending] = useActionState(action, null);
  const errors = useMemo(() => serverFieldErrors(state), [state]);
  const initialValues: Record<string, unknown> = { ...defaultValues, ...(state && !state.ok ? state.values : undefined) };
  // zodResolver's overloads cannot infer through a generic schema type: the casts restate them.
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema) as unknown as Resolver<z.input<S>, unknown, z.output<S>>,
    defaultValues: initialValues as DefaultValues<z.input<S>>,
    errors: errors as FieldErrors<z.input<S>> | undefined,
    // GOV.UK: focus goes to the error summary, which links to each field.
    shouldFocusError: false,
  });

  const summaryRef = useRef<HTMLDivElement>(null);
  // Set by a failed submit (browser or server); consumed by the first render where the summary
  // exists — it may mount a render later than the failure itself. Typing never moves focus.
  const focusSummary = useRef(false);
  const [failedSubmits, setFailedSubmits] = useState(0);
  useEffect(() => {
    if (failedSubmits > 0 || (state && !state.ok)) focusSummary.current = true;
  }, [failedSubmits, state]);
  useEffect(() => {
    if (focusSummary.current && summaryRef.current) {
      focusSummary.current = false;
      summaryRef.current.focus();
    }
  });

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    const formElement = event.currentTarget;
    void form.handleSubmit(
      () => startTransition(() => formAction(new FormData(formElement))),
      () => setFailedSubmits((count) => count + 1),
    )(event);
  }

  const fieldId = (name: Path<z.input<S>>) => `${idPrefix}-${name}`;
  const fieldError = (name: Path<z.input<S>>) => form.formState.errors[name]?.message as string | undefined;

  const passwordField = (name: Path<z.input<S>>) => ({ id: fieldId(name), error: fieldError(name), registration: form.register(name) });
  /**
   * Props for TextField. The explicit defaultValue puts the value in the server HTML:
   * react-hook-form only fills inputs from the browser, which a page without JavaScript lacks.
   */
  const textField = (name: Path<z.input<S>>) => ({ ...passwordField(name), defaultValue: initialValues[name] as string | undefined });

  const summaryErrors: SummaryError[] = Object.entries(form.formState.errors).flatMap(([name, error]) =>
    typeof error?.message === 'string' ? [{ href: `#${idPrefix}-${name}`, message: error.message }] : [],
  );
  const failureMessage = state && !state.ok ? state.message : undefined;

  return { idPrefix, form, state, formAction, isPending, onSubmit, textField, passwordField, summaryRef, summaryErrors, failureMessage };
}
