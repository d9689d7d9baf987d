export type AgentRoleCode = 'INSTRUCTEUR' | 'ADMIN';

export const AGENT_ROLE_LABELS: Record<AgentRoleCode, string> = { INSTRUCTEUR: 'Instructeur', ADMIN: 'Administrateur' };

/** In the invitation email: « en tant que … ». */
export const AGENT_ROLE_IN_SENTENCE: Record<AgentRoleCode, string> = {
  INSTRUCTEUR: 'instructrice ou instructeur',
  ADMIN: 'administratrice ou administrateur',
};

export type AgentStatus = 'active' | 'invited' | 'disabled';

export const AGENT_STATUS_LABELS: Record<AgentStatus, string> = { active: 'Actif', invited: 'Invitation envoyée', disabled: 'Désactivé' };

/** Disabled wins; an agent who has not chosen a password yet (address unconfirmed) is still invited. */
export function agentStatus(agent: { disabledAt: Date | null; emailVerifiedAt: Date | null }): AgentStatus {
  if (agent.disabledAt) return 'disabled';
  return agent.emailVerifiedAt ? 'active' : 'invited';
}

export function secondFactorLabel(agent: { totpEnabledAt: Date | null }): string {
  return agent.totpEnabledAt ? 'Activée' : 'À activer';
}

/** « Démarches instruites »: an administrator sees them all anyway. */
export function instructedProceduresLabel(agent: { role: AgentRoleCode; procedures: { title: string }[] }): string {
  if (agent.role === 'ADMIN') return 'Toutes (administrateur)';
  return agent.procedures.length > 0 ? agent.procedures.map((procedure) => procedure.title).join(', ') : 'Aucune';
}
