import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/forms/action-button';
import { ProfileHeader } from '@/components/profiles/profile-header';
import { Alert } from '@/components/ui/alert';
import { ConfirmStep } from '@/components/forms/confirm-step';
import { getProfileComposition } from '@/lib/profiles/get-profile-composition';
import { profilePath } from '@/lib/profiles/profile-paths';
import { SHARE_KEY_LIFETIME_DAYS } from '@/lib/profiles/share-key-status';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { profileTabMetadata, requireViewerProfile, type ProfileRouteParams } from '../viewer-profile';
import { createShareKeyAction, leaveProfileAction } from './actions';
import { MembersTable } from './members-table';
import { ShareKeysTable } from './share-keys-table';

export async function generateMetadata({ params }: { params: ProfileRouteParams }): Promise<Metadata> {
  return profileTabMetadata(params, 'composition');
}

const SUCCESS_MESSAGES: Record<string, string> = {
  partage: 'Une nouvelle clé de partage a été créée. Copiez-la et transmettez-la à la personne que vous souhaitez rattacher au profil.',
  revoquee: 'La clé de partage a été révoquée : elle ne peut plus être utilisée.',
  administrateur: 'Le membre est désormais administrateur du profil.',
  fonction: 'La fonction du membre a été modifiée.',
  retire: 'Le membre a été retiré du profil.',
};

type PageProps = { params: ProfileRouteParams; searchParams: SearchParams };

export default async function ProfileCompositionPage({ params, searchParams }: PageProps) {
  const { user, profile } = await requireViewerProfile(params, 'composition');
  const composition = await getProfileComposition(user.id, profile.id);
  if (!composition) notFound();
  const query = await searchParams;
  const success = SUCCESS_MESSAGES[firstParam(query.succes) ?? ''];
  const isAdmin = profile.viewer.isAdmin;
  const basePath = profilePath(profile.id, 'composition');

  return (
    <div className="stack-lg">
      <ProfileHeader profileId={profile.id} name={profile.name} current="composition" />
      {success ? (
        <Alert tone="success">
          <p>{success}</p>
        </Alert>
      ) : null}

      <section className="stack" aria-labelledby="membres">
        <h2 id="membres">Membres</h2>
        <MembersTable
          profileId={profile.id}
          members={composition.members}
          canManage={isAdmin}
          basePath={basePath}
          editingFunctionOf={firstParam(query.fonction)}
          removing={firstParam(query.retirer)}
        />
      </section>

      <section className="stack" aria-labelledby="partages">
        <h2 id="partages">Partage(s) du profil</h2>
        {composition.shareKeys ? (
          <>
            <p>
              Pour rattacher une personne au profil, ajoutez un partage : une clé est générée. Copiez-la et transmettez-la à cette personne ; elle la saisira
              dans « Rejoindre un profil existant ». Chaque clé ne sert qu’une fois et expire au bout de {SHARE_KEY_LIFETIME_DAYS} jours.
            </p>
            <ActionButton action={createShareKeyAction} fields={{ profileId: profile.id }} pendingLabel="Création en cours…" variant="primary">
              Ajouter un partage
            </ActionButton>
            {composition.shareKeys.length > 0 ? (
              <ShareKeysTable profileId={profile.id} shareKeys={composition.shareKeys} basePath={basePath} revoking={firstParam(query.revoquer)} />
            ) : (
              <p className="empty-state">Aucune clé de partage pour l’instant.</p>
            )}
          </>
        ) : (
          <p>Seuls les administrateurs du profil peuvent ajouter un partage. Pour rattacher une personne, demandez une clé de partage à l’un d’eux.</p>
        )}
      </section>

      <section className="stack" aria-labelledby="quitter">
        <h2 id="quitter">Quitter le profil</h2>
        {firstParam(query.quitter) === '1' ? (
          <ConfirmStep
            id="quitter-confirmation"
            title={`Quitter le profil « ${profile.name} » ?`}
            action={leaveProfileAction}
            fields={{ profileId: profile.id }}
            confirmLabel="Confirmer le départ"
            pendingLabel="En cours…"
            cancelHref={basePath}
          >
            <p>Vous n’aurez plus accès à ce profil ni à ses dossiers. Pour revenir, il vous faudra une nouvelle clé de partage.</p>
          </ConfirmStep>
        ) : (
          <>
            <p>{isAdmin ? 'Si vous êtes le seul administrateur, nommez d’abord un autre membre administrateur.' : 'Vous ne ferez plus partie de ce profil.'}</p>
            <p>
              <Link className="btn-danger" href={`${basePath}?quitter=1#quitter-confirmation`} scroll={false}>
                Quitter le profil
              </Link>
            </p>
          </>
        )}
      </section>
    </div>
  );
}
