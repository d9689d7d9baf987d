import Link from 'next/link';
import { Suspense } from 'react';
import type { FormAction } from '@/lib/actions/result';
import { HeaderAccount, VisitorAccountLink } from './header-account';

type SiteHeaderProps = {
  signOutAction: FormAction;
};

/** The same for everyone: the account links are filled in by the browser (HeaderAccount). */
export function SiteHeader({ signOutAction }: SiteHeaderProps) {
  return (
    <header className="site-header">
      <div className="container site-header__inner">
        <Link href="/" className="site-brand">
          <BrandMark />
          <span className="site-brand__text">
            <span className="site-brand__name">Guichet</span>
            <span className="site-brand__subtitle">Conseil départemental</span>
          </span>
          <span className="visually-hidden"> – Accueil</span>
        </Link>

        <nav className="site-nav" aria-label="Navigation principale">
          <ul className="site-nav__list">
            <li>
              <Link href="/demarches" className="site-nav__link">
                Toutes les démarches
              </Link>
            </li>
            <Suspense fallback={<VisitorAccountLink />}>
              <HeaderAccount signOutAction={signOutAction} />
            </Suspense>
          </ul>
        </nav>
      </div>
    </header>
  );
}

/** A neutral emblem (a counter window), drawn inline: no image request. */
function BrandMark() {
  return (
    <svg className="site-brand__mark" viewBox="0 0 44 44" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="42" height="42" rx="6" fill="currentColor" />
      <path d="M10 30V17l12-7 12 7v13" fill="none" stroke="#fff" strokeWidth="3" strokeLinejoin="round" />
      <rect x="17" y="21" width="10" height="9" rx="1" fill="#fff" />
      <path d="M8 33h28" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
