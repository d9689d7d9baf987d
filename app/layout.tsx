import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { VIEWER_HINT_SCRIPT } from '@/components/layout/viewer-hint';
import { signOutAction } from '@/lib/auth/actions';
import './globals.css';

export const metadata: Metadata = {
  title: {
    template: '%s — Guichet',
    default: 'Guichet — Conseil départemental',
  },
  description: "Le guichet en ligne du Conseil départemental : déposer une demande d'aide, suivre ses dossiers, gérer le profil de son association.",
};

// No session read here: public pages stay static (the header asks for the viewer itself).
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="fr">
      <body>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: a constant of ours, read before the first paint */}
        <script dangerouslySetInnerHTML={{ __html: VIEWER_HINT_SCRIPT }} />
        <a className="skip-link" href="#contenu">
          Aller au contenu
        </a>
        <SiteHeader signOutAction={signOutAction} />
        <main id="contenu" tabIndex={-1}>
          <div className="container page">{children}</div>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
