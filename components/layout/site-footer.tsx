import Link from 'next/link';

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container site-footer__inner">
        <p className="site-footer__brand">
          <strong>Guichet</strong> — le guichet en ligne du Conseil départemental
        </p>
        <nav aria-label="Informations légales">
          <ul className="site-footer__links">
            <li>
              <Link href="/accessibilite">Accessibilité</Link>
            </li>
            <li>
              <Link href="/mentions-legales">Mentions légales</Link>
            </li>
            <li>
              <Link href="/donnees-personnelles">Données personnelles</Link>
            </li>
          </ul>
        </nav>
        <div className="site-footer__meta">
          <p>Accessibilité : partiellement conforme</p>
          <p>© Conseil départemental</p>
        </div>
      </div>
    </footer>
  );
}
