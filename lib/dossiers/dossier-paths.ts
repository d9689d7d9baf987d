export const DOSSIERS_PATH = '/mon-compte/dossiers';

export function dossierPath(dossierId: string): string {
  return `${DOSSIERS_PATH}/${dossierId}`;
}

export function draftPath(dossierId: string): string {
  return `${DOSSIERS_PATH}/${dossierId}/modifier`;
}

export function depositedPath(dossierId: string): string {
  return `${DOSSIERS_PATH}/${dossierId}/depose`;
}

export function startDossierPath(procedureSlug: string): string {
  return `/demarches/${procedureSlug}/deposer`;
}

export function fileDownloadPath(fileId: string): string {
  return `/api/fichiers/${fileId}`;
}
