import type { Metadata } from 'next';
import Link from 'next/link';
import { Alert } from '@/components/ui/alert';
import { LinkButton } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requireUser } from '@/lib/auth/session';
import { listViewerProfiles, type ProfileTileData } from '@/lib/profiles/list-viewer-profiles';
import { formatMemberFunction } from '@/lib/profiles/member-function';
import { ADD_OR_JOIN_PATH, profilePath, PROFILES_PATH } from '@/lib/profiles/profile-paths';
import { firstParam, type SearchParams } from '@/lib/search-params';

export const metadata: Metadata = { title: 'Mes profils' };

function identifiersOf(profile: ProfileTileData): string {
  return [profile.rna && `RNA ${profile.rna}`, profile.siret && `SIRET ${profile.siret}`].filter(Boolean).join(' · ');
}

function memberCount(count: number): string {
  return count > 1 ? `${count} membres` : '1 membre';
}

export default async function ProfilesPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser(PROFILES_PATH);
  const params = await searchParams;
  const profiles = await listViewerProfiles(user.id);
  // Only a profile the viewer now belongs to can be named here: the id comes from the URL.
  const joined = profiles.find((profile) => profile.id === firstParam(params.rejoint));
  const left = firstParam(params.succes) === 'quitte';

  return (
    <div className="stack-lg">
      <PageHeader
        title="Mes profils"
        lead="Les associations dont vous êtes membre. Choisissez-en une pour voir ses informations, sa composition et ses dossiers."
      />
      {joined ? (
        <Alert tone="success">
          <p>Vous avez rejoint le profil « {joined.name} ».</p>
        </Alert>
      ) : null}
      {left ? (
        <Alert tone="success">
          <p>Vous avez quitté le profil.</p>
        </Alert>
      ) : null}

      {profiles.length === 0 ? (
        <div className="empty-state stack">
          <p>Vous n’êtes membre d’aucun profil pour l’instant.</p>
          <p>
            <Link href={ADD_OR_JOIN_PATH}>Ajouter ou rejoindre un profil</Link>
          </p>
        </div>
      ) : (
        <>
          <ul className="tiles">
            {profiles.map((profile) => (
              <li key={profile.id}>
                <Link className="tile" href={profilePath(profile.id)}>
                  <h2 className="tile__title">{profile.name}</h2>
                  <span className="tile__description profile-tile__details">
                    <span>{identifiersOf(profile)}</span>
                    <span>Votre fonction : {formatMemberFunction(profile.function, profile.functionDetail)}</span>
                    <span>{memberCount(profile.memberCount)}</span>
                  </span>
                  {profile.isAdmin ? <span className="tag">Administrateur</span> : null}
                </Link>
              </li>
            ))}
          </ul>
          <p>
            <LinkButton variant="secondary" href={ADD_OR_JOIN_PATH}>
              Ajouter ou rejoindre un profil
            </LinkButton>
          </p>
        </>
      )}
    </div>
  );
}
