import type { Metadata } from 'next';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { findAgentInvitation, INVALID_INVITATION } from '@/lib/instruction/agents/accept-agent-invitation';
import { AGENT_ROLE_LABELS } from '@/lib/instruction/agents/agent-labels';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { AcceptInvitationForm } from './accept-invitation-form';

export const metadata: Metadata = { title: 'Rejoindre l’espace instruction' };

// Public: the person has no password yet. The link's token is checked here (read only) and used
// once by the action.
export default async function AgentInvitationPage({ searchParams }: { searchParams: SearchParams }) {
  const token = firstParam((await searchParams).jeton) ?? '';
  const invitation = token ? await findAgentInvitation(token) : null;

  if (!invitation) {
    return (
      <div className="narrow stack-lg">
        <PageHeader title="Rejoindre l’espace instruction" />
        <Alert tone="error" title="Ce lien d’invitation ne fonctionne pas">
          <p>{INVALID_INVITATION}</p>
        </Alert>
      </div>
    );
  }

  return (
    <div className="narrow stack-lg">
      <PageHeader
        title="Rejoindre l’espace instruction"
        lead={`Bonjour ${invitation.firstName} ${invitation.lastName}, vous êtes invité à rejoindre l’espace instruction de Guichet.`}
      />
      <dl className="definition-list">
        <div>
          <dt>Courriel</dt>
          <dd>{invitation.email}</dd>
        </div>
        <div>
          <dt>Rôle</dt>
          <dd>{AGENT_ROLE_LABELS[invitation.role]}</dd>
        </div>
      </dl>
      <p>
        Choisissez votre mot de passe. Vous vous connecterez ensuite avec votre courriel et ce mot de passe, puis vous activerez la vérification en deux étapes
        avec une application d’authentification.
      </p>
      <AcceptInvitationForm token={token} />
    </div>
  );
}
