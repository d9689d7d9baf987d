import type { ReactNode } from 'react';
import { headerViewerOf } from '@/components/layout/header-viewer';
import { ServerViewer } from '@/components/layout/server-viewer';
import { getSessionUser } from '@/lib/auth/session';

// Not an authorization boundary (docs/architecture.md): each page checks access. This layout only
// tells the header who is signed in (the session the page reads anyway: one query per request).
export default async function AccountLayout({ children }: { children: ReactNode }) {
  // A session that cannot be checked is the page's error to show (mon-compte/error.tsx), not this layout's.
  const viewer = await getSessionUser().catch(() => null);
  return (
    <>
      {viewer ? <ServerViewer viewer={headerViewerOf(viewer)} /> : null}
      {children}
    </>
  );
}
