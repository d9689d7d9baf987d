export const INSTRUCTION_PATH = '/instruction';
export const STATISTICS_PATH = '/instruction/statistiques';
export const EXPORTS_PATH = '/instruction/exports';
export const AGENTS_PATH = '/instruction/agents';
export const AUDIT_LOG_PATH = '/instruction/journal';
export const SECURITY_PATH = '/instruction/securite';
export const RETENTION_PATH = '/instruction/conservation';

export type AgentDossierTab = 'resume' | 'justificatifs' | 'echanges' | 'notes' | 'historique' | 'consultations';

export function agentDossierPath(dossierId: string, tab: AgentDossierTab = 'resume'): string {
  return tab === 'resume' ? `/instruction/dossiers/${dossierId}` : `/instruction/dossiers/${dossierId}/${tab}`;
}
