import type { Metadata } from 'next';
import Link from 'next/link';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/session';
import { INVITE_AGENT_PATH } from '@/lib/instruction/agents/agent-paths';
import { listProcedureChoices } from '@/lib/instruction/agents/find-agents';
import { AGENTS_PATH } from '@/lib/instruction/instruction-paths';
import { InviteAgentForm } from './invite-agent-form';

export const metadata: Metadata = { title: 'Inviter un agent' };

export default async function InviteAgentPage() {
  const admin = await requireAdmin(INVITE_AGENT_PATH);
  const procedures = await listProcedureChoices(admin);
  return (
    <div className="narrow stack-lg">
      <p className="back-link">
        <Link href={AGENTS_PATH}>Agents</Link>
      </p>
      <PageHeader
        title="Inviter un agent"
        lead="L’agent reçoit un lien valable 72 heures pour choisir son mot de passe ; il active la vérification en deux étapes à sa première connexion."
      />
      <InviteAgentForm procedures={procedures} />
    </div>
  );
}
