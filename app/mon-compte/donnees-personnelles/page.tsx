import type { Metadata } from 'next';
import Form from 'next/form';
import { ActionButton } from '@/components/forms/action-button';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { PencilIcon } from '@/components/ui/pencil-icon';
import { getPersonalData } from '@/lib/accounts/get-personal-data';
import { requireUser } from '@/lib/auth/session';
import { formatLongDate } from '@/lib/format/date';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { DataExportSection } from '@/components/data-exports/data-export-section';
import { listDataExports } from '@/lib/data-exports/list-data-exports';
import { logoutEverywhereAction, requestDataExportAction } from './actions';
import { ChangeEmailForm } from './change-email-form';
import { ChangePasswordForm } from './change-password-form';
import { PersonalDataForm } from './personal-data-form';
import { DeleteAccountSection } from './supprimer-mon-compte/delete-account-section';
import { UnlinkFranceConnectForm } from './unlink-franceconnect-form';

export const metadata: Metadata = { title: 'Mes données personnelles' };

const PAGE = '/mon-compte/donnees-personnelles';

const SUCCESS_MESSAGES: Record<string, string> = {
  donnees: 'Vos données personnelles ont été mises à jour.',
  courriel: 'Un courriel de confirmation a été envoyé à la nouvelle adresse. Votre adresse actuelle reste valable jusqu’à la confirmation.',
  motdepasse: 'Votre mot de passe a été modifié. Vos autres sessions ont été fermées.',
  archive: 'Votre demande est enregistrée. Vous recevrez un courriel dès que l’archive de vos données sera prête.',
  franceconnect: 'FranceConnect n’est plus lié à votre compte. Connectez-vous désormais avec votre adresse courriel et votre mot de passe.',
};

export default async function PersonalDataPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser(PAGE);
  const params = await searchParams;
  const account = await getPersonalData(user.id);
  const exports = await listDataExports(user.id, null);
  // Names from FranceConnect are shown, never edited (the action refuses it too).
  const editing = firstParam(params.modifier) === '1' && !account.fromFranceConnect;
  const success = SUCCESS_MESSAGES[firstParam(params.succes) ?? ''];

  return (
    <div className="stack-lg">
      <PageHeader title="Mes données personnelles" />
      {success ? (
        <Alert tone="success">
          <p>{success}</p>
        </Alert>
      ) : null}

      <section className="card narrow" aria-labelledby="mon-compte-titre">
        <div className="card-header">
          <h2 id="mon-compte-titre">{`${account.firstName} ${account.lastName}`}</h2>
          {editing || account.fromFranceConnect ? null : (
            // A GET form rather than a link: it is a real button (« Modifier »), and works without JavaScript.
            <Form action={PAGE}>
              <input type="hidden" name="modifier" value="1" />
              <button type="submit" className="btn-secondary btn-small btn-with-icon">
                <PencilIcon /> Modifier
              </button>
            </Form>
          )}
        </div>
        {editing ? (
          <PersonalDataForm firstName={account.firstName} lastName={account.lastName} />
        ) : (
          <dl className="definition-list">
            {account.fromFranceConnect ? (
              <div>
                <dt>Prénom et nom</dt>
                <dd>
                  {`${account.firstName} ${account.lastName}`}
                  <br />
                  <small>Données transmises par FranceConnect</small>
                </dd>
              </div>
            ) : null}
            <div>
              <dt>Courriel</dt>
              <dd>{account.email}</dd>
            </div>
            <div>
              <dt>Compte créé le</dt>
              <dd>{formatLongDate(account.createdAt)}</dd>
            </div>
          </dl>
        )}
      </section>

      {account.fromFranceConnect ? (
        <section className="narrow stack" aria-labelledby="franceconnect">
          <h2 id="franceconnect">FranceConnect</h2>
          <p>
            Votre compte est lié à FranceConnect. Pour le délier, saisissez le mot de passe du compte : c’est avec lui que vous vous connecterez ensuite. Vous
            n’en avez pas ? Obtenez-en un avec « Réinitialiser mon mot de passe » sur la page « Connexion ».
          </p>
          <UnlinkFranceConnectForm />
        </section>
      ) : null}

      <section className="narrow stack" aria-labelledby="adresse-courriel">
        <h2 id="adresse-courriel">Adresse courriel</h2>
        <p>
          Saisissez la nouvelle adresse et votre mot de passe actuel. Votre adresse actuelle reste celle du compte tant que la nouvelle n’est pas confirmée.
        </p>
        <ChangeEmailForm />
      </section>

      <section className="narrow stack" aria-labelledby="mot-de-passe">
        <h2 id="mot-de-passe">Mot de passe</h2>
        <p>Après le changement, vos sessions ouvertes sur d’autres appareils seront fermées.</p>
        <ChangePasswordForm />
      </section>

      <DataExportSection
        title="Télécharger mes données"
        intro="Obtenez une copie de ce que Guichet garde sur vous : votre compte, l’historique de vos connexions, vos profils d’association et vos fonctions, chacun de vos dossiers (réponses, historique, échanges, décisions) et les fichiers que vous avez envoyés et reçus."
        buttonLabel="Télécharger mes données"
        action={requestDataExportAction}
        exports={exports}
      />

      <section className="narrow stack" aria-labelledby="sessions">
        <h2 id="sessions">Sessions</h2>
        <p>Vous avez utilisé un appareil partagé ou perdu un appareil ? Fermez toutes vos sessions, y compris celle-ci.</p>
        <ActionButton action={logoutEverywhereAction} pendingLabel="Déconnexion en cours…">
          Se déconnecter de tous les appareils
        </ActionButton>
      </section>

      <DeleteAccountSection />
    </div>
  );
}
