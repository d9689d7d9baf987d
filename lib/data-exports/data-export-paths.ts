import { profilePath } from '@/lib/profiles/profile-paths';

// Where archives are asked for and listed, and where one is downloaded.

export const DATA_EXPORTS_ANCHOR = 'mes-donnees';

/** The section that lists the person's archives, or an association's (its « Informations » tab). */
export function dataExportsPath(profileId: string | null): string {
  return profileId ? `${profilePath(profileId)}#${DATA_EXPORTS_ANCHOR}` : `/mon-compte/donnees-personnelles#${DATA_EXPORTS_ANCHOR}`;
}

export function dataExportDownloadPath(exportId: string): string {
  return `/api/archives/${exportId}`;
}
