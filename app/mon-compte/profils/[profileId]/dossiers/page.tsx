import type { Metadata } from 'next';
import { DossierStatusFilter, DossiersTable } from '@/components/dossiers/dossiers-table';
import { Pagination } from '@/components/dossiers/pagination';
import { ProfileHeader } from '@/components/profiles/profile-header';
import { listHref, parsePageParam, parseStatusParam } from '@/lib/dossiers/list-query';
import { listViewerDossiers } from '@/lib/dossiers/list-viewer-dossiers';
import { profilePath } from '@/lib/profiles/profile-paths';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { profileTabMetadata, requireViewerProfile, type ProfileRouteParams } from '../viewer-profile';

export async function generateMetadata({ params }: { params: ProfileRouteParams }): Promise<Metadata> {
  return profileTabMetadata(params, 'dossiers');
}

export default async function ProfileDossiersPage({ params, searchParams }: { params: ProfileRouteParams; searchParams: SearchParams }) {
  const { user, profile } = await requireViewerProfile(params, 'dossiers');
  const query = await searchParams;
  const status = parseStatusParam(firstParam(query.statut));
  const result = await listViewerDossiers(user, { profileId: profile.id, status, page: parsePageParam(firstParam(query.page)) });
  const path = profilePath(profile.id, 'dossiers');
  return (
    <div className="stack-lg">
      <ProfileHeader profileId={profile.id} name={profile.name} current="dossiers" />
      <section className="stack" aria-labelledby="dossiers-titre">
        <h2 id="dossiers-titre">Dossiers</h2>
        <DossierStatusFilter action={path} status={status} />
        {result.rows.length > 0 ? (
          <DossiersTable rows={result.rows} caption={`Dossiers de ${profile.name}`} />
        ) : (
          <p className="empty-state">
            {status ? 'Aucun dossier avec ce statut.' : 'Aucun dossier pour ce profil. Les demandes déposées au nom de l’association apparaîtront ici.'}
          </p>
        )}
        <Pagination page={result.page} pageCount={result.pageCount} hrefFor={(page) => listHref(path, status, page)} label="Pages des dossiers du profil" />
      </section>
    </div>
  );
}
