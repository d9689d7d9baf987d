import type { Metadata } from 'next'
import { unstable_rethrow } from 'next/navigation'
import type { ReactNode } from 'react'
import { SiteFooter } from '@/components/layout/site-footer'
import { SiteHeader } from '@/components/layout/site-header'
import { signOutAction } from '@/lib/auth/actions'
import { getSessionUser } from '@/lib/auth/session'
import './globals.css'

export const metadata: Metadata = {
  title: {
    template: '%s — Guichet',
    default: 'Guichet — Conseil départemental',
  },
  description:
    "Le guichet en ligne du Conseil départemental : déposer une demande d'aide, suivre ses dossiers, gérer le profil de son association.",
}

/**
 * The header's viewer. When the database is unreachable the header shows the signed-out links
 * instead of failing the root layout: the page's own error boundary (app/error.tsx, rendered on
 * the server) then explains the outage in French, and pages without data still work.
 */
async function findHeaderUser() {
  try {
    return await getSessionUser()
  } catch (error) {
    // Next.js's own signals (dynamic rendering, redirects) are not failures.
    unstable_rethrow(error)
    return null
  }
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const sessionUser = await findHeaderUser()
  // The header only needs what it shows.
  const user = sessionUser ? { firstName: sessionUser.firstName, role: sessionUser.role } : null

  return (
    <html lang="fr">
      <body>
        <a className="skip-link" href="#contenu">
          Aller au contenu
        </a>
        <SiteHeader user={user} signOutAction={signOutAction} />
        <main id="contenu" tabIndex={-1}>
          <div className="container page">{children}</div>
        </main>
        <SiteFooter />
      </body>
    </html>
  )
}
