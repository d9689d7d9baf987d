import type { Metadata } from 'next';
import { ProfileHeader } from '@/components/profiles/profile-header';
import { profileTabMetadata, requireViewerProfile, type ProfileRouteParams } from '../viewer-profile';

export async function generateMetadata({ params }: { params: ProfileRouteParams }): Promise<Metadata> {
  return profileTabMetadata(params, 'dossiers');
}

export default async function ProfileDossiersPage({ params }: { params: ProfileRouteParams }) {
  const { profile } = await requireViewerProfile(params, 'dossiers');
  return (
    <div className="stack-lg">
      <ProfileHeader profileId={profile.id} name={profile.name} current="dossiers" />
      <section className="stack" aria-labelledby="dossiers-titre">
        <h2 id="dossiers-titre">Dossiers</h2>
        <p className="empty-state">Aucun dossier pour ce profil. Les demandes déposées au nom de l’association apparaîtront ici.</p>
      </section>
    </div>
  );
}
