import Link from 'next/link'

export type SiteHeaderUser = {
  firstName: string
  role: 'USAGER' | 'INSTRUCTEUR' | 'ADMIN'
}

type SiteHeaderProps = {
  user: SiteHeaderUser | null
  signOutAction?: () => Promise<void>
}

/**
 * Receives the viewer as props so that it stays free of next-auth and of the
 * database (the root layout looks the session up).
 */
export function SiteHeader({ user, signOutAction }: SiteHeaderProps) {
  const isAgent = user?.role === 'INSTRUCTEUR' || user?.role === 'ADMIN'

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
            {user ? (
              <>
                <li className="site-nav__user">
                  <span className="visually-hidden">Compte de </span>
                  <UserIcon />
                  {user.firstName}
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
                {signOutAction ? (
                  <li>
                    <form action={signOutAction}>
                      <button className="btn-link" type="submit">
                        Se déconnecter
                      </button>
                    </form>
                  </li>
                ) : null}
              </>
            ) : (
              <li>
                <Link href="/connexion" className="site-nav__link">
                  Connexion – Créer son compte
                </Link>
              </li>
            )}
          </ul>
        </nav>
      </div>
    </header>
  )
}

/** A neutral emblem (a counter window), drawn inline: no image request. */
function BrandMark() {
  return (
    <svg
      className="site-brand__mark"
      viewBox="0 0 44 44"
      aria-hidden="true"
      focusable="false"
    >
      <rect x="1" y="1" width="42" height="42" rx="6" fill="currentColor" />
      <path d="M10 30V17l12-7 12 7v13" fill="none" stroke="#fff" strokeWidth="3" strokeLinejoin="round" />
      <rect x="17" y="21" width="10" height="9" rx="1" fill="#fff" />
      <path d="M8 33h28" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
    </svg>
  )
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
  )
}
