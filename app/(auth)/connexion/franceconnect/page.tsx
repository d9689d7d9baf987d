import type { Metadata } from 'next';
import Link from 'next/link';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { PageHeader } from '@/components/ui/page-header';
import { readLinkTicket } from '@/lib/auth/oidc/accounts';
import { LINK_COOKIE } from '@/lib/auth/oidc/pending-cookie';
import { homePathFor } from '@/lib/auth/return-path';
import { getSessionUser } from '@/lib/auth/session';
import { LinkFranceConnectForm } from './link-form';

export const metadata: Metadata = { title: 'Associer FranceConnect à votre compte' };

// FranceConnect identified someone whose email is already a Guichet account's: never merged
// without the account's password (lib/auth/oidc/accounts.ts).
export default async function LinkFranceConnectPage() {
  const user = await getSessionUser();
  if (user) redirect(homePathFor(user.role));
  const link = await readLinkTicket((await cookies()).get(LINK_COOKIE)?.value);
  if (!link) redirect('/connexion?oidc=lien-expire');

  return (
    <div className="narrow stack-lg">
      <PageHeader
        title="Associer FranceConnect à votre compte"
        lead={`Un compte Guichet existe déjà avec l’adresse ${link.email}. Pour l’utiliser avec FranceConnect, saisissez le mot de passe de ce compte : vous n’aurez plus à le saisir ensuite.`}
      />
      <LinkFranceConnectForm />
      <p>
        <Link href="/mot-de-passe/reinitialiser">Mot de passe oublié ?</Link>
      </p>
      <p>
        <Link href="/connexion">Revenir à la connexion</Link>
      </p>
    </div>
  );
}
