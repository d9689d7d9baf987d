// The applicant's URLs of a dossier. The dossier page itself (tabs) belongs to the follow-up
// screens; submission links to it.

export function dossierPath(dossierId: string): string {
  return `/mon-compte/dossiers/${dossierId}`;
}

export function draftPath(dossierId: string): string {
  return `/mon-compte/dossiers/${dossierId}/modifier`;
}

export function depositedPath(dossierId: string): string {
  return `/mon-compte/dossiers/${dossierId}/depose`;
}

export function startDossierPath(procedureSlug: string): string {
  return `/demarches/${procedureSlug}/deposer`;
}

export function fileDownloadPath(fileId: string): string {
  return `/api/fichiers/${fileId}`;
}
