import type { APIRequestContext, APIResponse, Page } from '@playwright/test';
import { serverActionId } from '../../scripts/support/http-session';

export { serverActionId };

// Server actions replayed by hand, as an attacker would: a direct POST with the action's id (read
// in the built manifest, as anyone can read it in a page) and its fields. Access rules are proved
// on these requests, not only on the pages that show the buttons.

/**
 * How the client passes the action's arguments: `(previousState, formData)` (useActionState, the
 * default), `(formData)` (a plain `<form action>`), or one object (called from a component).
 */
export type ActionArguments = 'state-form' | 'form' | 'object';

export type ReplayedAction = { file: string; name: string; path: string; fields: Record<string, string>; args?: ActionArguments };

/** POSTs the action with `request`'s cookies, as sent by a page of `origin` (a foreign one, or none, for CSRF tests). */
export async function postAction(request: APIRequestContext, origin: string | null, action: ReplayedAction): Promise<APIResponse> {
  const headers: Record<string, string> = { 'Next-Action': serverActionId(action.file, action.name), ...(origin ? { Origin: origin } : {}) };
  if (action.args === 'object') {
    // Without a FormData, React sends the arguments as JSON text.
    return request.post(action.path, {
      data: JSON.stringify([action.fields]),
      maxRedirects: 0,
      headers: { ...headers, 'Content-Type': 'text/plain;charset=UTF-8' },
    });
  }
  // The referenced FormData's entries first, the root last: the server decodes as the parts arrive.
  const multipart = new FormData();
  for (const [name, value] of Object.entries(action.fields)) multipart.append(`_1_${name}`, value);
  multipart.append('0', JSON.stringify(action.args === 'form' ? ['$K1'] : [null, '$K1']));
  return request.post(action.path, { multipart, maxRedirects: 0, headers });
}

/** POSTs the action `exportedName` of `file` on `path` with `fields`, with this page's cookies and origin. */
export async function replayAction(page: Page, action: ReplayedAction): Promise<APIResponse> {
  return postAction(page.request, new URL(page.url()).origin, action);
}

/** Where an action's redirect leads (fetch actions answer with x-action-redirect), or null. */
export function actionRedirect(response: APIResponse): string | null {
  return response.headers()['x-action-redirect'] ?? response.headers().location ?? null;
}

/** Next.js answers this header when the posted action is not one of the page's: then nothing ran. */
export function isUnknownAction(response: APIResponse): boolean {
  return response.headers()['x-nextjs-action-not-found'] === '1';
}

/** The `{ ok: false, message }` an action returned, read in its RSC answer, or null. */
export async function actionFailure(response: APIResponse): Promise<string | null> {
  const text = await response.text();
  const at = text.indexOf('"ok":false');
  const match = at < 0 ? null : /"message":("(?:[^"\\]|\\.)*")/.exec(text.slice(at));
  return match ? (JSON.parse(match[1]) as string) : null;
}
