import Link from 'next/link';
import { profilePath, PROFILES_PATH, type ProfileTab } from '@/lib/profiles/profile-paths';

export const PROFILE_TAB_LABELS: Record<ProfileTab, string> = {
  informations: 'Informations',
  composition: 'Composition',
  dossiers: 'Dossiers',
};

type ProfileHeaderProps = { profileId: string; name: string; current: ProfileTab };

/**
 * The profile's h1 and its tabs. The tabs are sub-pages (a tab-like navigation, as for a dossier):
 * each one has its own URL, works without JavaScript, and the current one says so (aria-current).
 */
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
