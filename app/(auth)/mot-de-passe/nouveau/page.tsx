import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { INVALID_RESET_LINK, isResetTokenUsable } from '@/lib/accounts/reset-password';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { NewPasswordForm } from './new-password-form';

export const metadata: Metadata = { title: 'Choisir un nouveau mot de passe' };

export default async function NewPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).jeton) ?? '';
  const usable = token ? await isResetTokenUsable(token) : false;

  return (
    <div className="narrow stack-lg">
      <PageHeader title="Choisir un nouveau mot de passe" />
      {usable ? (
        <>
          <p>Une fois le mot de passe enregistré, toutes vos sessions ouvertes seront fermées.</p>
          <NewPasswordForm token={token} />
        </>
      ) : (
        <Alert tone="error" title="Ce lien ne fonctionne pas">
          <p>{INVALID_RESET_LINK}</p>
          <p>
            <Link href="/mot-de-passe/reinitialiser">Demander un nouveau lien</Link>
          </p>
        </Alert>
      )}
    </div>
  );
}
