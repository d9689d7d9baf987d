const EVENT_LABELS: Record<string, string> = {
  created: 'Brouillon créé',
  submitted: 'Dossier déposé',
  'instruction-started': 'Instruction commencée',
  'status-changed': 'Changement de statut',
  'attachment-added': 'Justificatif ajouté',
  'attachment-replaced': 'Justificatif remplacé',
  'attachment-validated': 'Justificatif validé',
  'attachment-rejected': 'Justificatif rejeté',
  'attachment-reviewed': 'Justificatif vérifié',
  message: 'Message',
  'complement-requested': 'Informations complémentaires demandées',
  'complement-answered': 'Réponse à la demande transmise',
  'document-issued': 'Document envoyé',
  decision: 'Décision',
  'instruction-reopened': 'Repassé en instruction',
  'note-added': 'Note privée ajoutée',
  // Not a DossierEvent: the agents' access log, shown to the applicant when the Département enables it.
  consulted: 'Dossier consulté par les services',
};

/** Events of the agents only: the applicant's « Historique » never lists them (find-dossier-details.ts). */
export const AGENT_ONLY_EVENT_TYPES: string[] = ['note-added'];

export function eventLabel(type: string): string {
  return EVENT_LABELS[type] ?? 'Événement';
}
