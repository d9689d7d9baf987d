'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useEffect } from 'react';
import { ActionButton } from '@/components/forms/action-button';
import type { FormAction } from '@/lib/actions/result';
import { isSignedInArea } from '@/lib/security/content-security-policy';
import { refreshViewer, stopHidingVisitorLinks, useViewer } from './viewer-store';

type HeaderAccountProps = {
  signOutAction: FormAction;
};

/**
 * Pages are rendered without the session, so that public ones can be static and cached
 * (docs/decisions/025-public-pages-cache.md): the viewer is asked for after load and after every
 * navigation. Until the answer, and without JavaScript, a visitor's link, hidden while a
 * signed-in person's answer is awaited (viewer-store.ts). In the signed-in areas, where a visitor
 * is sent to « Connexion », never the visitor's link: their layout tells who is signed in
 * (server-viewer.tsx); a visitor known from an earlier page is out of date there.
 */
export function HeaderAccount({ signOutAction }: HeaderAccountProps) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const viewer = useViewer();

  // biome-ignore lint/correctness/useExhaustiveDependencies: asked again after every navigation
  useEffect(() => {
    const controller = new AbortController();
    refreshViewer(controller.signal);
    return () => controller.abort();
  }, [pathname, searchParams]);

  // After the header (and the page) show the answer.
  useEffect(() => {
    if (viewer !== undefined) stopHidingVisitorLinks();
  }, [viewer]);

  if (!viewer) return isSignedInArea(pathname) ? null : <VisitorAccountLink />;
  const isAgent = viewer.role === 'INSTRUCTEUR' || viewer.role === 'ADMIN';
  return (
    <>
      <li className="site-nav__user">
        <span className="visually-hidden">Compte de </span>
        <UserIcon />
        {viewer.firstName}
      </li>
      <li>
        <Link href="/mon-compte" className="site-nav__link">
          Mon compte
        </Link>
      </li>
      {isAgent ? (
        <li>
          <Link href="/instruction" className="site-nav__link">
            Instruction
          </Link>
        </li>
      ) : null}
      <li>
        <ActionButton action={signOutAction} variant="link" pendingLabel="Déconnexion…">
          Se déconnecter
        </ActionButton>
      </li>
    </>
  );
}

/** A visitor's link; also before the viewer is known, and without JavaScript (it suits everyone). */
export function VisitorAccountLink() {
  return (
    <li className="visitor-only">
      <Link href="/connexion" className="site-nav__link">
        Connexion – Créer son compte
      </Link>
    </li>
  );
}

function UserIcon() {
  return (
    <svg
      className="site-nav__user-icon"
      viewBox="0 0 24 24"
      width="18"
      height="18"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21c0-4.4 3.6-7 8-7s8 2.6 8 7" strokeLinecap="round" />
    </svg>
  );
}
