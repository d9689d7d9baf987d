import { Fragment } from 'react';
import { ActionButton } from '@/components/forms/action-button';
import { ConfirmStep } from '@/components/forms/confirm-step';
import { ConfirmationPanel } from '@/components/ui/confirmation-panel';
import { StepLink } from '@/components/ui/step-link';
import { TableExpansionRow } from '@/components/ui/table-expansion-row';
import { formatShortDate } from '@/lib/format/date';
import type { MemberRow } from '@/lib/profiles/get-profile-composition';
import { formatMemberFunction } from '@/lib/profiles/member-function';
import { promoteMemberAction, removeMemberAction } from './actions';
import { MemberFunctionForm } from './member-function-form';

type MembersTableProps = {
  profileId: string;
  members: MemberRow[];
  canManage: boolean;
  basePath: string;
  /** The member whose function is being changed (?fonction=…), or being removed (?retirer=…). */
  editingFunctionOf?: string;
  removing?: string;
};

export function MembersTable({ profileId, members, canManage, basePath, editingFunctionOf, removing }: MembersTableProps) {
  const columns = canManage ? 5 : 4;
  return (
    <div className="table-wrapper">
      <table className="stacked-table">
        <caption className="visually-hidden">Membres du profil</caption>
        <thead>
          <tr>
            <th scope="col">Nom</th>
            <th scope="col">Fonction</th>
            <th scope="col">Membre depuis le</th>
            <th scope="col">Administrateur</th>
            {canManage ? <th scope="col">Actions</th> : null}
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const nameId = `membre-${member.id}`;
            return (
              <Fragment key={member.id}>
                <tr>
                  <th scope="row" id={nameId}>
                    {member.name}
                    {member.isViewer ? <span className="muted"> (vous)</span> : null}
                  </th>
                  <td data-label="Fonction">{formatMemberFunction(member.function, member.functionDetail)}</td>
                  <td data-label="Membre depuis le">{formatShortDate(member.joinedAt)}</td>
                  <td data-label="Administrateur">
                    {member.isAdmin ? <span className="tag tag-success">Oui</span> : <span className="tag tag-neutral">Non</span>}
                  </td>
                  {canManage ? (
                    <td>
                      <div className="row-actions">
                        {member.isAdmin ? null : (
                          <ActionButton
                            action={promoteMemberAction}
                            fields={{ profileId, membershipId: member.id }}
                            pendingLabel="En cours…"
                            describedBy={nameId}
                            small
                          >
                            Nommer administrateur
                          </ActionButton>
                        )}
                        <StepLink basePath={basePath} param="fonction" value={member.id} variant="secondary" describedBy={nameId}>
                          Modifier la fonction
                        </StepLink>
                        {member.isViewer ? null : (
                          <StepLink basePath={basePath} param="retirer" value={member.id} variant="danger" describedBy={nameId}>
                            Retirer du profil
                          </StepLink>
                        )}
                      </div>
                    </td>
                  ) : null}
                </tr>
                {canManage && editingFunctionOf === member.id ? (
                  <TableExpansionRow columns={columns}>
                    <ConfirmationPanel id={`fonction-${member.id}`} title={`Modifier la fonction de ${member.name}`}>
                      <MemberFunctionForm profileId={profileId} membershipId={member.id} current={member} cancelHref={basePath} />
                    </ConfirmationPanel>
                  </TableExpansionRow>
                ) : null}
                {canManage && removing === member.id && !member.isViewer ? (
                  <TableExpansionRow columns={columns}>
                    <ConfirmStep
                      id={`retirer-${member.id}`}
                      title={`Retirer ${member.name} du profil ?`}
                      action={removeMemberAction}
                      fields={{ profileId, membershipId: member.id }}
                      confirmLabel="Confirmer le retrait"
                      pendingLabel="Retrait en cours…"
                      cancelHref={basePath}
                    >
                      <p>Cette personne n’aura plus accès au profil ni à ses dossiers. Pour revenir, il lui faudra une nouvelle clé de partage.</p>
                    </ConfirmStep>
                  </TableExpansionRow>
                ) : null}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
