import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { getFullySignedInUser, isAgent, requireAgent } from '@/lib/auth/session';
import type { Role } from '@/lib/generated/prisma/client';
import { recordDossierPageAccess } from '@/lib/instruction/dossier-access-log';
import { findAgentDossier } from '@/lib/instruction/find-agent-dossier';
import { agentDossierPath, type AgentDossierTab } from '@/lib/instruction/instruction-paths';

export type AgentDossierRouteParams = Promise<{ dossierId: string }>;

export const AGENT_DOSSIER_TABS = [
  { segment: '', label: 'Résumé' },
  { segment: '/justificatifs', label: 'Justificatifs' },
  { segment: '/echanges', label: 'Échanges' },
  { segment: '/notes', label: 'Notes privées' },
  { segment: '/historique', label: 'Historique' },
] as const;

/** Administrators also read who opened the dossier. */
export const ADMIN_DOSSIER_TABS = [...AGENT_DOSSIER_TABS, { segment: '/consultations', label: 'Consultations' }] as const;

// The layout and the page of one request share the query, and the access log's row.
const loadDossier = cache(async (agentId: string, role: Role, dossierId: string) => findAgentDossier({ id: agentId, role }, dossierId));
const logPageAccess = cache((agentId: string, dossierId: string) => recordDossierPageAccess(agentId, dossierId));

/** Every page calls this itself: an agent (applicants get 403), and a dossier of their démarches (else 404). */
export async function requireAgentDossier(params: AgentDossierRouteParams, tab: AgentDossierTab = 'resume') {
  const { dossierId } = await params;
  const agent = await requireAgent(agentDossierPath(encodeURIComponent(dossierId), tab));
  const dossier = await loadDossier(agent.id, agent.role, dossierId);
  if (!dossier) notFound();
  await logPageAccess(agent.id, dossier.id);
  return { agent, dossier };
}

export function agentDossierTitle(dossier: { number: string | null }): string {
  return `Dossier n° ${dossier.number ?? ''}`;
}

/** For generateMetadata: the title, or « Page introuvable » without revealing anything. */
export async function agentDossierMetadataTitle(params: AgentDossierRouteParams, section: string): Promise<string> {
  const { dossierId } = await params;
  // The same gate as the page: no dossier is read for an agent who has not given the second factor.
  const user = await getFullySignedInUser();
  const dossier = user && isAgent(user) ? await loadDossier(user.id, user.role, dossierId) : null;
  return dossier ? `${section} — ${agentDossierTitle(dossier)}` : 'Page introuvable';
}

export function personName(person: { firstName: string; lastName: string }): string {
  return `${person.firstName} ${person.lastName}`;
}
