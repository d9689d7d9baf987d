import type { Metadata } from 'next';
import Link from 'next/link';
import { ConfirmStep } from '@/components/forms/confirm-step';
import { PageHeader } from '@/components/ui/page-header';
import { getSecondFactorStatus } from '@/lib/auth/mfa/second-factor';
import { requireAgent } from '@/lib/auth/session';
import { formatLongDate } from '@/lib/format/date';
import { SECURITY_PATH } from '@/lib/instruction/instruction-paths';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { regenerateRecoveryCodesAction } from './actions';

export const metadata: Metadata = { title: 'Sécurité' };

function remainingCodes(count: number): string {
  if (count === 0) return 'Il ne vous reste aucun code de secours : générez-en de nouveaux.';
  return count === 1 ? 'Il vous reste 1 code de secours non utilisé.' : `Il vous reste ${count} codes de secours non utilisés.`;
}

export default async function SecurityPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireAgent(SECURITY_PATH);
  const status = await getSecondFactorStatus(user.id);
  const confirming = firstParam((await searchParams).codes) === 'nouveaux';

  return (
    <div className="stack-lg">
      <PageHeader title="Sécurité" lead="La protection de votre compte d’agent." />
      <section className="card stack" aria-labelledby="double-authentification">
        <h2 id="double-authentification">Vérification en deux étapes</h2>
        <p>
          {status.enabledAt ? `Activée le ${formatLongDate(status.enabledAt)}` : 'Non activée'}. À chaque connexion, en plus du mot de passe, le code de votre
          application d’authentification vous est demandé.
        </p>
      </section>
      <section className="card stack" aria-labelledby="codes-de-secours">
        <h2 id="codes-de-secours">Codes de secours</h2>
        <p>{remainingCodes(status.unusedRecoveryCodes)}</p>
        <p>Chaque code de secours permet de se connecter une fois sans l’application, par exemple après la perte du téléphone.</p>
        {confirming ? (
          <ConfirmStep
            id="nouveaux-codes"
            title="Générer de nouveaux codes de secours ?"
            action={regenerateRecoveryCodesAction}
            fields={{}}
            confirmLabel="Confirmer : générer de nouveaux codes"
            pendingLabel="Génération en cours…"
            cancelHref={SECURITY_PATH}
          >
            <p>Dix nouveaux codes seront affichés une seule fois. Vos codes actuels cesseront aussitôt de fonctionner.</p>
          </ConfirmStep>
        ) : (
          <p>
            <Link className="btn-secondary" href={`${SECURITY_PATH}?codes=nouveaux#nouveaux-codes`} scroll={false}>
              Générer de nouveaux codes de secours
            </Link>
          </p>
        )}
      </section>
    </div>
  );
}
