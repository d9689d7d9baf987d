import 'server-only';
import { notFound } from 'next/navigation';
import type { z } from 'zod';
import { echoValues, INVALID_FORM_MESSAGE, parseForm } from './parse-form';
import { getActionRequestContext, type RequestContext } from './request-context';
import { answerTooManyRequests } from './too-many-requests';
import { fail, NOT_FOUND_CODE, succeed, type ActionFailure, type ActionResult, type FormAction } from './result';

// A server action is a public endpoint anyone can replay by hand: the order of the steps is fixed
// here so that no action can skip one (docs/architecture.md, « Le chemin d'une action serveur »).

export type ActionCall<V, I> = { viewer: V; input: I; context: RequestContext; formData: FormData };

type ActionSpec<V, S extends z.ZodType, D, T> = {
  /** It may read a form id to build the return page, never to grant anything: the domain checks it again. */
  access: (formData: FormData) => Promise<V>;
  schema: S;
  /** Hidden ids of what the form acts on (`hiddenId`): a forged one is the 404 of something absent. */
  targets?: readonly string[];
  run: (call: ActionCall<V, z.output<S>>) => Promise<ActionResult<D>>;
  onRefusal?: (failure: ActionFailure, call: ActionCall<V, z.output<S>>) => void;
  done?: (call: ActionCall<V, z.output<S>> & { data: D }) => ActionResult<T> | Promise<ActionResult<T>>;
};

export function defineAction<V, S extends z.ZodType, D = undefined, T = undefined>(spec: ActionSpec<V, S, D, T>): FormAction<T> {
  return async (_previous, formData) => {
    const context = await getActionRequestContext();
    // A browser always sends a form; a replay by hand may send anything.
    if (!(formData instanceof FormData)) return fail(INVALID_FORM_MESSAGE);
    const viewer = await spec.access(formData);
    const parsed = parseForm(spec.schema, formData);
    if (!parsed.success) {
      if (spec.targets?.some((name) => name in (parsed.failure.fieldErrors ?? {}))) notFound();
      return parsed.failure;
    }
    const call: ActionCall<V, z.output<S>> = { viewer, input: parsed.data, context, formData };
    const result = await spec.run(call);
    if (!result.ok) {
      if (result.code === NOT_FOUND_CODE) notFound();
      spec.onRefusal?.(result, call);
      const { retryAfterSeconds, ...failure } = result;
      if (retryAfterSeconds) answerTooManyRequests(retryAfterSeconds);
      return { ...failure, values: echoValues(formData) };
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
