import type { Metadata } from 'next';
import Form from 'next/form';
import { ProfileHeader } from '@/components/profiles/profile-header';
import { Alert } from '@/components/ui/alert';
import { PencilIcon } from '@/components/ui/pencil-icon';
import { formatLongDate } from '@/lib/format/date';
import { formatMemberFunction } from '@/lib/profiles/member-function';
import { profilePath } from '@/lib/profiles/profile-paths';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { profileTabMetadata, requireViewerProfile, type ProfileRouteParams } from '../viewer-profile';
import { DataExportSection } from '@/components/data-exports/data-export-section';
import { listDataExports } from '@/lib/data-exports/list-data-exports';
import { requestProfileDataExportAction } from './actions';
import { EditProfileForm } from './edit-profile-form';

export async function generateMetadata({ params }: { params: ProfileRouteParams }): Promise<Metadata> {
  return profileTabMetadata(params, 'informations');
}

const SUCCESS_MESSAGES: Record<string, string> = {
  cree: 'Le profil de l’association est créé. Vous en êtes l’administrateur : depuis l’onglet « Composition », ajoutez un partage pour y rattacher d’autres membres.',
  modifie: 'Les informations du profil ont été mises à jour.',
  archive: 'Votre demande est enregistrée. Vous recevrez un courriel dès que l’archive des données de l’association sera prête.',
};

type PageProps = { params: ProfileRouteParams; searchParams: SearchParams };

export default async function ProfileInformationPage({ params, searchParams }: PageProps) {
  const { user, profile } = await requireViewerProfile(params, 'informations');
  const query = await searchParams;
  const success = SUCCESS_MESSAGES[firstParam(query.succes) ?? ''];
  const canEdit = profile.viewer.isAdmin;
  const editing = canEdit && firstParam(query.modifier) === '1';
  const exports = canEdit ? await listDataExports(user.id, profile.id) : [];

  return (
    <div className="stack-lg">
      <ProfileHeader profileId={profile.id} name={profile.name} current="informations" />
      {success ? (
        <Alert tone="success">
          <p>{success}</p>
        </Alert>
      ) : null}

      <section className="card profile-card" aria-labelledby="informations-titre">
        <div className="card-header">
          <h2 id="informations-titre">Informations</h2>
          {canEdit && !editing ? (
            // A GET form rather than a link: a real button (« Modifier ») that works without JavaScript.
            <Form action={profilePath(profile.id)}>
              <input type="hidden" name="modifier" value="1" />
              <button type="submit" className="btn-secondary btn-small btn-with-icon">
                <PencilIcon /> Modifier<span className="visually-hidden"> les informations</span>
              </button>
            </Form>
          ) : null}
        </div>
        {editing ? (
          <EditProfileForm profile={profile} />
        ) : (
          <dl className="definition-list">
            <div>
              <dt>Nom de l’association</dt>
              <dd>{profile.name}</dd>
            </div>
            <div>
              <dt>Numéro RNA</dt>
              <dd>{profile.rna ?? <span className="muted">Non renseigné</span>}</dd>
            </div>
            <div>
              <dt>Numéro SIRET</dt>
              <dd>{profile.siret ?? <span className="muted">Non renseigné</span>}</dd>
            </div>
            <div>
              <dt>Adresse du siège</dt>
              <dd>
                {profile.addressLine}
                <br />
                {profile.postalCode} {profile.city}
              </dd>
            </div>
            <div>
              <dt>Courriel de contact</dt>
              <dd>{profile.contactEmail}</dd>
            </div>
            <div>
              <dt>Téléphone</dt>
              <dd>{profile.contactPhone ?? <span className="muted">Non renseigné</span>}</dd>
            </div>
            <div>
              <dt>Objet</dt>
              <dd className="pre-line">{profile.object}</dd>
            </div>
            <div>
              <dt>Profil déclaré le</dt>
              <dd>{formatLongDate(profile.createdAt)}</dd>
            </div>
          </dl>
        )}
      </section>

      <section className="stack" aria-labelledby="votre-role">
        <h2 id="votre-role">Votre rôle</h2>
        <p>
          Votre fonction : {formatMemberFunction(profile.viewer.function, profile.viewer.functionDetail)}.{' '}
          {canEdit
            ? 'Vous êtes administrateur de ce profil : vous pouvez modifier ses informations, ajouter des partages et gérer ses membres.'
            : 'Les administrateurs du profil peuvent modifier ces informations et gérer ses membres.'}
        </p>
      </section>

      {canEdit ? (
        <DataExportSection
          title="Télécharger les données de l’association"
          intro="Obtenez une copie de ce que Guichet garde sur l’association : ses informations, ses membres et leurs fonctions, chacun de ses dossiers déposés (réponses, historique, échanges, décisions) et les fichiers envoyés et reçus."
          buttonLabel="Télécharger les données de l’association"
          action={requestProfileDataExportAction}
          fields={{ profileId: profile.id }}
          exports={exports}
        />
      ) : null}
    </div>
  );
}
