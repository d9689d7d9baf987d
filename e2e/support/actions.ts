import type { APIResponse, Page } from '@playwright/test';
import { serverActionId } from '../../scripts/support/http-session';

export { serverActionId };

// Server actions replayed by hand, as an attacker would: a direct POST with the action's id (read
// in the built manifest, as anyone can read it in a page) and its fields. Access rules are proved
// on these requests, not only on the pages that show the buttons.

/** POSTs the action `exportedName` of `file` on `path` with `fields`, with this page's cookies and origin. */
export async function replayAction(page: Page, action: { file: string; name: string; path: string; fields: Record<string, string> }): Promise<APIResponse> {
  // The referenced FormData's entries first, the root last: the server decodes as the parts arrive.
  const multipart = new FormData();
  for (const [name, value] of Object.entries(action.fields)) multipart.append(`_1_${name}`, value);
  multipart.append('0', JSON.stringify([null, '$K1']));
  return page.request.post(action.path, {
    multipart,
    maxRedirects: 0,
    headers: { 'Next-Action': serverActionId(action.file, action.name), Origin: new URL(page.url()).origin },
  });
}
