import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { PageHeader } from '@/components/ui/page-header';
import { secondFactorPathFor, VERIFICATION_PATH } from '@/lib/auth/mfa/second-factor-paths';
import { safeReturnPath } from '@/lib/auth/return-path';
import { requireAgentAwaitingSecondFactor } from '@/lib/auth/session';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { RecoveryCodeForm, TotpCodeForm } from './verification-forms';

export const metadata: Metadata = { title: 'Vérification en deux étapes' };

function verificationPath(returnTo: string | null, recovery: boolean): string {
  const query = new URLSearchParams();
  if (recovery) query.set('mode', 'secours');
  if (returnTo) query.set('retour', returnTo);
  const search = query.toString();
  return search ? `${VERIFICATION_PATH}?${search}` : VERIFICATION_PATH;
}

export default async function VerificationPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(firstParam(params.retour));
  const user = await requireAgentAwaitingSecondFactor(returnTo);
  if (!user.secondFactorEnrolled) redirect(secondFactorPathFor(false, returnTo));
  const recovery = firstParam(params.mode) === 'secours';

  return (
    <div className="narrow stack-lg">
      <PageHeader
        title="Vérification en deux étapes"
        lead={
          recovery
            ? 'Vous n’avez plus accès à votre application d’authentification ? Saisissez un de vos codes de secours.'
            : 'Ouvrez votre application d’authentification et saisissez le code affiché pour Guichet.'
        }
      />
      {recovery ? <RecoveryCodeForm returnTo={returnTo} /> : <TotpCodeForm returnTo={returnTo} />}
      <p>
        {recovery ? (
          <Link href={verificationPath(returnTo, false)}>Utiliser l’application d’authentification</Link>
        ) : (
          <Link href={verificationPath(returnTo, true)}>Utiliser un code de secours</Link>
        )}
      </p>
      <p className="hint">
        Plus d’application ni de code de secours ? Un administrateur peut réinitialiser votre vérification en deux étapes : vous l’activerez de nouveau à la
        connexion suivante.
      </p>
    </div>
  );
}
