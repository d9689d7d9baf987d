import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { findConfirmationKind, INVALID_CONFIRMATION_LINK } from '@/lib/accounts/confirm-email';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { ConfirmEmailForm } from './confirm-email-form';

export const metadata: Metadata = { title: 'Confirmer votre adresse courriel' };

export default async function ConfirmEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).jeton) ?? '';
  // Looking the link up changes nothing: confirming takes the button (POST).
  const kind = token ? await findConfirmationKind(token) : null;

  return (
    <div className="narrow stack">
      <PageHeader title="Confirmer votre adresse courriel" />
      {kind === 'account' || kind === 'email-change' ? (
        <>
          <p>{kind === 'email-change' ? 'Confirmez que cette adresse devient celle de votre compte.' : 'Confirmez votre adresse pour activer votre compte.'}</p>
          <ConfirmEmailForm token={token} />
        </>
      ) : kind === 'already-confirmed' ? (
        <Alert tone="success" title="Votre adresse est déjà confirmée">
          <p>Ce lien a déjà servi : vous n’avez plus rien à faire.</p>
          <p>
            <Link href="/connexion">Se connecter</Link>
          </p>
        </Alert>
      ) : (
        <Alert tone="error" title="Ce lien ne fonctionne pas">
          <p>{INVALID_CONFIRMATION_LINK}</p>
          <p>
            Pour recevoir un nouveau lien d’activation, essayez de vous <Link href="/connexion">connecter</Link> : un bouton vous permettra de le demander. Pour
            un changement d’adresse, refaites la demande depuis « Mes données personnelles ».
          </p>
        </Alert>
      )}
    </div>
  );
}
