'use client';

import { useLayoutEffect } from 'react';
import type { HeaderViewer } from './header-viewer';
import { publishViewer } from './viewer-store';

/**
 * Rendered by the pages that read the session anyway (the signed-in areas' layouts, the sign-in
 * page): hands the header who is signed in before the page's first paint, instead of after the
 * browser's request. Without it, the visitor's link shows a moment after « Se connecter », and the
 * signed-in header after « Se déconnecter ». Public pages never render it: they stay cached.
 */
export function ServerViewer({ viewer }: { viewer: HeaderViewer | null }) {
  const firstName = viewer?.firstName;
  const lastName = viewer?.lastName;
  const role = viewer?.role;
  // A layout effect: its update re-renders the header before the browser paints.
  useLayoutEffect(() => {
    publishViewer(firstName !== undefined && lastName !== undefined && role !== undefined ? { firstName, lastName, role } : null);
  }, [firstName, lastName, role]);
  return null;
}
