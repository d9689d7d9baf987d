export const PROFILES_PATH = '/mon-compte/profils';
export const ADD_OR_JOIN_PATH = '/mon-compte/profils/ajouter';
export const NEW_PROFILE_PATH = '/mon-compte/profils/nouveau';

export type ProfileTab = 'informations' | 'composition' | 'documents' | 'dossiers';

export function profilePath(profileId: string, tab: ProfileTab = 'informations'): string {
  return `${PROFILES_PATH}/${profileId}/${tab}`;
}
