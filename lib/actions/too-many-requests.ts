import 'server-only';
import type { AsyncLocalStorage } from 'node:async_hooks';

// Next.js sets the status of a server action's response itself (200 with the result or the page),
// and an action cannot reach the response. scripts/web-server.mjs runs each POST inside this
// per-request store and, when an action fills it, answers 429 with `Retry-After` instead of 200:
// same body, so React still shows the French message (docs/decisions/032-throttled-action-status.md).
// Under `next dev` there is no store: the answer stays 200, the limit itself is unchanged.

export type ResponseMarks = { retryAfterSeconds?: number };

const STORE_KEY = Symbol.for('guichet.response-marks');

function responseMarks(): ResponseMarks | undefined {
  const store = (globalThis as { [STORE_KEY]?: AsyncLocalStorage<ResponseMarks> })[STORE_KEY];
  return store?.getStore();
}

/** Asks the web server to answer this request 429 with `Retry-After` (the longest wait wins). */
export function answerTooManyRequests(retryAfterSeconds: number): void {
  const marks = responseMarks();
  if (!marks) return;
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  marks.retryAfterSeconds = Math.max(marks.retryAfterSeconds ?? 0, seconds);
}
