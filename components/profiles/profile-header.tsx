import Link from 'next/link';
import { profilePath, PROFILES_PATH, type ProfileTab } from '@/lib/profiles/profile-paths';

export const PROFILE_TAB_LABELS: Record<ProfileTab, string> = {
  informations: 'Informations',
  composition: 'Composition',
  documents: 'Documents',
  dossiers: 'Dossiers',
};

type ProfileHeaderProps = { profileId: string; name: string; current: ProfileTab };

export function ProfileHeader({ profileId, name, current }: ProfileHeaderProps) {
  return (
    <div className="page-header">
      <p className="back-link">
        <Link href={PROFILES_PATH}>Mes profils</Link>
      </p>
      <h1>{name}</h1>
      <nav className="tabs" aria-label="Rubriques du profil">
        <ul>
          {(Object.keys(PROFILE_TAB_LABELS) as ProfileTab[]).map((tab) => (
            <li key={tab}>
              <Link href={profilePath(profileId, tab)} aria-current={tab === current ? 'page' : undefined}>
                {PROFILE_TAB_LABELS[tab]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
