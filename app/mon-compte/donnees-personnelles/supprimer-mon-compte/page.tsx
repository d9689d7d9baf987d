import { retentionConfig } from '@/lib/retention/retention-config';
import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/forms/action-button';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { getAccountDeletionPreview } from '@/lib/accounts/account-deletion-preview';
import { getPersonalData } from '@/lib/accounts/get-personal-data';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { isAgent, requireUser } from '@/lib/auth/session';
import { dossierPath } from '@/lib/dossiers/dossier-paths';
import { formatLongDate } from '@/lib/format/date';
import { formatMonths } from '@/lib/retention/retention-rules';
import { deleteAccountWithFranceConnectAction } from './actions';
import { DeleteAccountForm } from './delete-account-form';

export const metadata: Metadata = { title: 'Supprimer mon compte' };

const PAGE = '/mon-compte/donnees-personnelles/supprimer-mon-compte';

const FRANCECONNECT_FAILURES: Record<string, string> = {
  'autre-identite': 'FranceConnect a identifié une autre personne que le titulaire de ce compte : le compte n’est pas supprimé.',
  annule: 'Vous avez annulé chez FranceConnect : le compte n’est pas supprimé.',
  indisponible: 'FranceConnect ne répond pas pour le moment : le compte n’est pas supprimé. Réessayez plus tard, ou utilisez le mot de passe.',
  refuse: 'FranceConnect n’a pas pu confirmer votre identité : le compte n’est pas supprimé.',
};

export default async function DeleteAccountPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser(PAGE);
  const franceConnectFailure = FRANCECONNECT_FAILURES[firstParam((await searchParams).franceconnect) ?? ''];
  const { fromFranceConnect } = await getPersonalData(user.id);
  const config = retentionConfig();
  const preview = await getAccountDeletionPreview(user.id);
  const soleAdminOf = preview.profiles.filter((p) => p.soleAdmin);

  return (
    <div className="stack-lg narrow">
      <PageHeader title="Supprimer mon compte" />
      {franceConnectFailure ? (
        <Alert tone="error">
          <p>{franceConnectFailure}</p>
        </Alert>
      ) : null}
      {isAgent(user) ? (
        <Alert tone="info">
          <p>Les comptes des agents sont fermés par un administrateur, depuis l’espace instruction.</p>
        </Alert>
      ) : (
        <>
          <section className="stack" aria-labelledby="supprime-maintenant">
            <h2 id="supprime-maintenant">Ce qui est supprimé tout de suite</h2>
            <ul>
              <li>Votre compte : vous ne pourrez plus vous connecter, et toutes vos sessions sont fermées.</li>
              <li>
                {preview.drafts.length === 0
                  ? 'Vos brouillons : vous n’en avez aucun.'
                  : `Vos brouillons, avec leurs justificatifs : ${preview.drafts.map((d) => d.procedureTitle).join(', ')}.`}
              </li>
              <li>
                {preview.profiles.length === 0
                  ? 'Vos profils d’association : vous n’êtes membre d’aucun.'
                  : `Votre place dans ${preview.profiles.length === 1 ? 'le profil' : 'les profils'} ${preview.profiles.map((p) => `« ${p.name} »`).join(', ')} : vous les quittez. Les dossiers de l’association restent aux autres membres.`}
              </li>
              <li>Les fichiers que vous avez envoyés sans les joindre à un dossier, et les documents reçus en dehors d’un dossier.</li>
              <li>Votre adresse courriel : vous pourrez créer un nouveau compte avec elle.</li>
            </ul>
          </section>

          <section className="stack" aria-labelledby="conserve">
            <h2 id="conserve">Ce qui est conservé, et jusqu’à quand</h2>
            {preview.kept.length === 0 ? (
              <p>Vous n’avez déposé aucun dossier : rien n’est conservé à votre nom.</p>
            ) : (
              <>
                <p>
                  Le Département doit conserver les dossiers déposés, avec vos nom et prénom, pendant la « Durée de conservation » de leur démarche après la
                  décision. Ensuite, leurs réponses, fichiers et échanges sont supprimés : il ne reste qu’une ligne anonyme pour les statistiques.
                </p>
                <ul>
                  {preview.kept.map((dossier) => (
                    <li key={dossier.id}>
                      <Link href={dossierPath(dossier.id)}>{dossier.number ? `Dossier n° ${dossier.number}` : 'Dossier'}</Link>
                      {` (${dossier.procedureTitle}) : `}
                      {dossier.keptUntil
                        ? `conservé jusqu’au ${formatLongDate(dossier.keptUntil)}.`
                        : `sans décision pour l’instant, conservé ${formatMonths(dossier.retentionMonths)} après la décision.`}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <p>Un courriel vous confirme la suppression.</p>
          </section>

          <section className="stack" aria-labelledby="confirmer">
            <h2 id="confirmer">Confirmer la suppression</h2>
            {soleAdminOf.length > 0 ? (
              <Alert tone="info">
                <p>
                  {`Vous êtes le seul administrateur de ${soleAdminOf.map((p) => `« ${p.name} »`).join(', ')} : nommez d’abord un autre membre administrateur, depuis `}
                  <Link href="/mon-compte/profils">Mes profils</Link>, puis revenez ici.
                </p>
              </Alert>
            ) : null}
            <p>La suppression est définitive. Saisissez le mot de passe de votre compte pour confirmer.</p>
            <DeleteAccountForm />
            {fromFranceConnect ? (
              <>
                <p>Votre compte est lié à FranceConnect : vous pouvez aussi confirmer en vous identifiant de nouveau auprès de FranceConnect.</p>
                <ActionButton action={deleteAccountWithFranceConnectAction} variant="danger" pendingLabel="Redirection vers FranceConnect…">
                  Supprimer mon compte avec FranceConnect
                </ActionButton>
              </>
            ) : null}
            <p>
              <Link href="/mon-compte/donnees-personnelles">Annuler et revenir à mes données personnelles</Link>
            </p>
          </section>
          <p className="muted">{`Sans connexion pendant ${formatMonths(config.inactiveAccountMonths)}, un compte est supprimé de la même façon, après un courriel de prévenance.`}</p>
        </>
      )}
    </div>
  );
}
