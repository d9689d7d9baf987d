import 'server-only';
import { notFound } from 'next/navigation';
import type { z } from 'zod';
import { echoValues, parseForm } from './parse-form';
import { getRequestContext, type RequestContext } from './request-context';
import { NOT_FOUND_CODE, succeed, type ActionFailure, type ActionResult, type FormAction } from './result';

// The one pipeline of every server action: who may call it → the form's schema → the domain call
// → what follows a success. A server action is a public endpoint that anyone can replay by hand:
// the order is fixed here so that no action can skip a step.

export type ActionCall<V, I> = { viewer: V; input: I; context: RequestContext; formData: FormData };

type ActionSpec<V, S extends z.ZodType, D, T> = {
  /**
   * Who may call it: `requireUser`/`requireAgent`/`requireAdmin` with the page to come back to
   * after signing in (they redirect, or answer 403). It may read an id of the form to build that
   * page, never to grant anything: the domain checks the id again.
   */
  access: (formData: FormData) => Promise<V>;
  /** The form's schema, the same one the browser validates with (`lib/validation`). */
  schema: S;
  /** Hidden ids of what the form acts on (`hiddenId`): a forged one is the 404 of something absent. */
  targets?: readonly string[];
  /** The domain call. A refusal comes back as a failure; `not-found` becomes the segment's 404. */
  run: (call: ActionCall<V, z.output<S>>) => Promise<ActionResult<D>>;
  /** Refusals that leave the form, e.g. a conflict sends to the fresh page: redirect here. */
  onRefusal?: (failure: ActionFailure, call: ActionCall<V, z.output<S>>) => void;
  /** After a success: revalidate then `redirect()` to the page that says what happened, or return the data the form shows. */
  done?: (call: ActionCall<V, z.output<S>> & { data: D }) => ActionResult<T> | Promise<ActionResult<T>>;
};

export function defineAction<V, S extends z.ZodType, D = undefined, T = undefined>(spec: ActionSpec<V, S, D, T>): FormAction<T> {
  return async (_previous, formData) => {
    const viewer = await spec.access(formData);
    const parsed = parseForm(spec.schema, formData);
    if (!parsed.success) {
      if (spec.targets?.some((name) => name in (parsed.failure.fieldErrors ?? {}))) notFound();
      return parsed.failure;
    }
    const call: ActionCall<V, z.output<S>> = { viewer, input: parsed.data, context: await getRequestContext(), formData };
    const result = await spec.run(call);
    if (!result.ok) {
      if (result.code === NOT_FOUND_CODE) notFound();
      spec.onRefusal?.(result, call);
      return { ...result, values: echoValues(formData) };
    }
    // redirect() throws outside any try/catch, as Next.js requires.
    if (spec.done) return spec.done({ ...call, data: result.data as D });
    return succeed() as ActionResult<T>;
  };
}

/** For actions anyone may call (sign-in, registration): throttling and the domain decide. */
export async function anyone(): Promise<null> {
  return null;
}
