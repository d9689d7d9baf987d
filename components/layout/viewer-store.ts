'use client';

import { useSyncExternalStore } from 'react';
import type { HeaderViewer } from './header-viewer';
import { VIEWER_HINT_KEY, VIEWER_PENDING_STYLE_ID } from './viewer-hint';

// Pages are the same for everyone and cached (docs/decisions/025-public-pages-cache.md): who is
// signed in is asked by the browser (GET /api/session/visiteur) and shared here by the header and
// the parts of a page that differ for a signed-in person. `undefined`: not known yet. While a
// signed-in person's answer is awaited, the visitor's links are hidden (viewer-hint.ts): a
// signed-in person never sees « Connexion » flash. The pages that read the session anyway tell the
// header directly (server-viewer.tsx), before their first paint.

let viewer: HeaderViewer | null | undefined;
const listeners = new Set<() => void>();

/** Called once the page shows the answer: removed earlier, the visitor's links would show a moment. */
export function stopHidingVisitorLinks() {
  document.getElementById(VIEWER_PENDING_STYLE_ID)?.remove();
}

/** Who is signed in, from the browser's request or from a page rendered for this person (server-viewer.tsx). */
export function publishViewer(next: HeaderViewer | null) {
  viewer = next;
  try {
    if (next) localStorage.setItem(VIEWER_HINT_KEY, '1');
    else localStorage.removeItem(VIEWER_HINT_KEY);
  } catch {
    // Storage refused (private mode): only the hint is lost.
  }
  for (const listener of listeners) listener();
}

/** Asks who is signed in; the header calls it at load and after every navigation. */
export function refreshViewer(signal: AbortSignal): void {
  fetch('/api/session/visiteur', { cache: 'no-store', signal })
    .then((response) => (response.ok ? response.json() : { viewer: null }))
    .then((body: { viewer: HeaderViewer | null }) => {
      // An answer asked before a sign-in or a sign-out would undo what the new page said.
      if (!signal.aborted) publishViewer(body.viewer);
    })
    .catch(() => {
      // Aborted by the next navigation, or offline: stop hiding the visitor's links.
      if (!signal.aborted) stopHidingVisitorLinks();
    });
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The signed-in person, `null` for a visitor, `undefined` until known (and on the server). */
export function useViewer(): HeaderViewer | null | undefined {
  return useSyncExternalStore(
    subscribe,
    () => viewer,
    () => undefined,
  );
}
