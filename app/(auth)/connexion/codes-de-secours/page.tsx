import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/forms/action-button';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { readRecoveryCodesToShow } from '@/lib/auth/mfa/recovery-codes-cookie';
import { recoveryCodesPathFor } from '@/lib/auth/mfa/second-factor-paths';
import { safeReturnPath } from '@/lib/auth/return-path';
import { requireAgent } from '@/lib/auth/session';
import { INSTRUCTION_PATH, SECURITY_PATH } from '@/lib/instruction/instruction-paths';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { acknowledgeRecoveryCodesAction } from './actions';

export const metadata: Metadata = { title: 'Vos codes de secours' };

export default async function RecoveryCodesPage({ searchParams }: { searchParams: SearchParams }) {
  const returnTo = safeReturnPath(firstParam((await searchParams).retour));
  const user = await requireAgent(recoveryCodesPathFor(returnTo));
  const codes = await readRecoveryCodesToShow(user.id);

  return (
    <div className="narrow stack-lg">
      <PageHeader title="Vos codes de secours" />
      {codes ? (
        <>
          <p>
            Si vous perdez votre téléphone ou n’avez plus accès à votre application, chacun de ces codes permet de vous connecter
            <strong> une seule fois</strong> à la place du code de vérification.
          </p>
          <Alert tone="info" title="Ils ne seront plus affichés">
            <p>
              Notez-les maintenant et gardez-les en lieu sûr, hors de votre téléphone : imprimés, ou dans un gestionnaire de mots de passe. Personne au
              Département ne vous les demandera.
            </p>
          </Alert>
          <ol className="recovery-codes" aria-label="Codes de secours">
            {codes.map((code) => (
              <li key={code}>
                <code>{code}</code>
              </li>
            ))}
          </ol>
          <ActionButton action={acknowledgeRecoveryCodesAction} fields={returnTo ? { retour: returnTo } : {}} pendingLabel="Un instant…" variant="primary">
            J’ai noté mes codes
          </ActionButton>
        </>
      ) : (
        <>
          <p>
            Les codes de secours ne sont affichés qu’une fois. Si vous ne les avez pas notés, générez-en de nouveaux depuis la page « Sécurité » : les anciens
            cesseront alors de fonctionner.
          </p>
          <p>
            <Link href={SECURITY_PATH}>Aller à la page Sécurité</Link>
          </p>
          <p>
            <Link href={returnTo ?? INSTRUCTION_PATH}>Continuer</Link>
          </p>
        </>
      )}
    </div>
  );
}
