import type { Metadata } from 'next';
import Link from 'next/link';
import { LinkButton } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/session';
import { AGENT_ROLE_LABELS, instructedProceduresLabel } from '@/lib/instruction/agents/agent-labels';
import { agentAdminPath, INVITE_AGENT_PATH } from '@/lib/instruction/agents/agent-paths';
import { listAgentsForAdmin } from '@/lib/instruction/agents/find-agents';
import { AGENTS_PATH } from '@/lib/instruction/instruction-paths';
import { AgentStatusTag, SecondFactorTag } from './agent-tags';

export const metadata: Metadata = { title: 'Agents' };

export default async function AgentsPage() {
  const admin = await requireAdmin(AGENTS_PATH);
  const agents = await listAgentsForAdmin(admin);

  return (
    <div className="stack-lg">
      <PageHeader title="Agents" lead="Invitez les agents du Département, choisissez leur rôle et les démarches qu’ils instruisent.">
        <p>
          <LinkButton href={INVITE_AGENT_PATH}>Inviter un agent</LinkButton>
        </p>
      </PageHeader>
      <div className="table-wrapper">
        <table className="stacked-table">
          <caption className="visually-hidden">Agents du back-office, par nom</caption>
          <thead>
            <tr>
              <th scope="col">Nom</th>
              <th scope="col">Courriel</th>
              <th scope="col">Rôle</th>
              <th scope="col">Démarches instruites</th>
              <th scope="col">Statut</th>
              <th scope="col">Vérification en deux étapes</th>
            </tr>
          </thead>
          <tbody>
            {agents.map((agent) => (
              <tr key={agent.id}>
                <th scope="row">
                  <Link href={agentAdminPath(agent.id)}>
                    {agent.firstName} {agent.lastName}
                  </Link>
                </th>
                <td data-label="Courriel">{agent.email}</td>
                <td data-label="Rôle">{AGENT_ROLE_LABELS[agent.role]}</td>
                <td data-label="Démarches instruites">{instructedProceduresLabel(agent)}</td>
                <td data-label="Statut">
                  <AgentStatusTag status={agent.status} />
                </td>
                <td data-label="Vérification en deux étapes">
                  <SecondFactorTag enabled={agent.secondFactorEnabled} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
