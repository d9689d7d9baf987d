import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import type { ReactNode } from 'react';
import { z } from 'zod';
import { ActionButton } from '@/components/forms/action-button';
import { ConfirmStep } from '@/components/forms/confirm-step';
import type { FormAction } from '@/lib/actions/result';
import { Alert } from '@/components/ui/alert';
import { PageHeader } from '@/components/ui/page-header';
import { requireAdmin } from '@/lib/auth/session';
import { formatDateTime, formatLongDate } from '@/lib/format/date';
import { AGENT_ROLE_LABELS, instructedProceduresLabel } from '@/lib/instruction/agents/agent-labels';
import { agentAdminPath } from '@/lib/instruction/agents/agent-paths';
import { getAgentForAdmin, listProcedureChoices } from '@/lib/instruction/agents/find-agents';
import { AGENTS_PATH } from '@/lib/instruction/instruction-paths';
import { firstParam, type SearchParams } from '@/lib/search-params';
import { disableAgentAction, enableAgentAction, resendAgentInvitationAction, resetAgentSecondFactorAction } from '../actions';
import { AgentStatusTag, SecondFactorTag } from '../agent-tags';
import { UpdateAgentForm } from './update-agent-form';

type RouteParams = Promise<{ agentId: string }>;

export const metadata: Metadata = { title: 'Agent' };

const SUCCESS_MESSAGES: Record<string, string> = {
  invite: 'L’invitation a été envoyée. Le lien est valable 72 heures.',
  invitation: 'Une nouvelle invitation a été envoyée ; le lien précédent ne fonctionne plus.',
  modifie: 'Le rôle et les démarches de l’agent ont été enregistrés.',
  desactive: 'Le compte est désactivé : l’agent ne peut plus se connecter et ses sessions sont fermées.',
  reactive: 'Le compte est réactivé : l’agent peut de nouveau se connecter.',
  'double-authentification': 'La vérification en deux étapes est réinitialisée : l’agent l’activera de nouveau à sa prochaine connexion.',
};

export default async function AgentPage({ params, searchParams }: { params: RouteParams; searchParams: SearchParams }) {
  const { agentId } = await params;
  const admin = await requireAdmin(agentAdminPath(agentId));
  if (!z.uuid().safeParse(agentId).success) notFound();
  const [agent, procedures] = await Promise.all([getAgentForAdmin(admin, agentId), listProcedureChoices(admin)]);
  if (!agent) notFound();
  const query = await searchParams;
  const success = SUCCESS_MESSAGES[firstParam(query.succes) ?? ''];
  const confirming = firstParam(query.confirmer);
  const basePath = agentAdminPath(agent.id);
  const isSelf = agent.id === admin.id;
  const fields = { agentId: agent.id };
  const name = `${agent.firstName} ${agent.lastName}`;
  /** A link that opens the confirmation step (?confirmer=step), or the step itself once opened. */
  const confirmable = (step: string, panelId: string) => ({
    open: confirming === step,
    panelId,
    openHref: `${basePath}?confirmer=${step}#${panelId}`,
    cancelHref: basePath,
    fields,
  });

  return (
    <div className="stack-lg">
      <p className="back-link">
        <Link href={AGENTS_PATH}>Agents</Link>
      </p>
      <PageHeader title={name} />
      {success ? (
        <Alert tone="success">
          <p>{success}</p>
        </Alert>
      ) : null}

      <dl className="definition-list">
        <div>
          <dt>Courriel</dt>
          <dd>{agent.email}</dd>
        </div>
        <div>
          <dt>Rôle</dt>
          <dd>{AGENT_ROLE_LABELS[agent.role]}</dd>
        </div>
        <div>
          <dt>Démarches instruites</dt>
          <dd>{instructedProceduresLabel(agent)}</dd>
        </div>
        <div>
          <dt>Statut</dt>
          <dd>
            <AgentStatusTag status={agent.status} />
            {agent.disabledAt ? ` depuis le ${formatLongDate(agent.disabledAt)}` : null}
            {agent.status === 'invited' && agent.invitationExpiresAt ? ` (lien valable jusqu’au ${formatDateTime(agent.invitationExpiresAt)})` : null}
            {agent.status === 'invited' && !agent.invitationExpiresAt ? ' (le lien a expiré)' : null}
          </dd>
        </div>
        <div>
          <dt>Vérification en deux étapes</dt>
          <dd>
            <SecondFactorTag enabled={agent.secondFactorEnabled} />
          </dd>
        </div>
        <div>
          <dt>Invité le</dt>
          <dd>{formatLongDate(agent.createdAt)}</dd>
        </div>
      </dl>

      {agent.status === 'invited' ? (
        <section className="stack" aria-labelledby="invitation">
          <h2 id="invitation">Invitation</h2>
          <p>L’agent n’a pas encore choisi son mot de passe. Un nouvel envoi remplace le lien précédent.</p>
          <ActionButton action={resendAgentInvitationAction} fields={fields} pendingLabel="Envoi en cours…">
            Renvoyer l’invitation
          </ActionButton>
        </section>
      ) : null}

      <section className="stack" aria-labelledby="modifier">
        <h2 id="modifier">Modifier</h2>
        <UpdateAgentForm agentId={agent.id} role={agent.role} procedureIds={agent.procedures.map((procedure) => procedure.id)} procedures={procedures} />
      </section>

      <section className="stack" aria-labelledby="double-authentification">
        <h2 id="double-authentification">Vérification en deux étapes</h2>
        {confirming !== 'double-authentification' ? <p>Pour un agent qui a perdu son téléphone et ses codes de secours.</p> : null}
        <ConfirmableAction
          {...confirmable('double-authentification', 'double-authentification-confirmation')}
          linkLabel="Réinitialiser la vérification en deux étapes"
          title={`Réinitialiser la vérification en deux étapes de ${name} ?`}
          action={resetAgentSecondFactorAction}
          confirmLabel="Confirmer la réinitialisation"
          pendingLabel="Réinitialisation en cours…"
        >
          <p>
            Son application d’authentification et ses codes de secours ne fonctionneront plus, et ses sessions seront fermées. À sa prochaine connexion, l’agent
            activera de nouveau la vérification en deux étapes.
          </p>
        </ConfirmableAction>
      </section>

      <section className="stack" aria-labelledby="compte">
        <h2 id="compte">Compte</h2>
        {isSelf ? (
          <p>Vous ne pouvez pas désactiver votre propre compte.</p>
        ) : agent.status === 'disabled' ? (
          <ConfirmableAction
            {...confirmable('reactiver', 'compte-confirmation')}
            linkLabel="Réactiver le compte"
            title={`Réactiver le compte de ${name} ?`}
            action={enableAgentAction}
            confirmLabel="Confirmer la réactivation"
            pendingLabel="Réactivation en cours…"
          >
            <p>L’agent pourra de nouveau se connecter avec son mot de passe et sa vérification en deux étapes.</p>
          </ConfirmableAction>
        ) : (
          <ConfirmableAction
            {...confirmable('desactiver', 'compte-confirmation')}
            danger
            linkLabel="Désactiver le compte"
            title={`Désactiver le compte de ${name} ?`}
            action={disableAgentAction}
            confirmLabel="Confirmer la désactivation"
            pendingLabel="Désactivation en cours…"
          >
            <p>L’agent ne pourra plus se connecter et ses sessions ouvertes seront fermées immédiatement. Vous pourrez réactiver le compte.</p>
          </ConfirmableAction>
        )}
      </section>
    </div>
  );
}

type ConfirmableActionProps = {
  open: boolean;
  panelId: string;
  openHref: string;
  cancelHref: string;
  fields: Record<string, string>;
  linkLabel: string;
  danger?: boolean;
  title: string;
  action: FormAction;
  confirmLabel: string;
  pendingLabel: string;
  children: ReactNode;
};

function ConfirmableAction({
  open,
  panelId,
  openHref,
  cancelHref,
  fields,
  linkLabel,
  danger,
  title,
  action,
  confirmLabel,
  pendingLabel,
  children,
}: ConfirmableActionProps) {
  if (!open) {
    return (
      <p>
        <Link className={danger ? 'btn-danger' : 'btn-secondary'} href={openHref} scroll={false}>
          {linkLabel}
        </Link>
      </p>
    );
  }
  return (
    <ConfirmStep id={panelId} title={title} action={action} fields={fields} confirmLabel={confirmLabel} pendingLabel={pendingLabel} cancelHref={cancelHref}>
      {children}
    </ConfirmStep>
  );
}
