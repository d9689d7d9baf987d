'use client';

import { ActionForm } from '@/components/forms/action-form';
import { SubmitOrCancel } from '@/components/forms/submit-or-cancel';
import { useActionForm } from '@/components/forms/use-action-form';
import { AGENTS_PATH } from '@/lib/instruction/instruction-paths';
import { updateAgentSchema, type AgentRole } from '@/lib/validation/agent';
import { updateAgentAction } from '../actions';
import { AgentAccessFields } from '../agent-access-fields';

export function UpdateAgentForm({
  agentId,
  role,
  procedureIds,
  procedures,
}: {
  agentId: string;
  role: AgentRole;
  procedureIds: string[];
  procedures: { id: string; title: string }[];
}) {
  const controller = useActionForm({
    schema: updateAgentSchema,
    action: updateAgentAction,
    idPrefix: 'modifier',
    defaultValues: { agentId, role, procedureIds },
  });
  const { form, isPending, passwordField } = controller;
  return (
    <ActionForm controller={controller}>
      <input type="hidden" name="agentId" value={agentId} />
      <AgentAccessFields
        role={passwordField('role')}
        roleValue={(form.getValues('role') as string | undefined) ?? role}
        procedures={procedures}
        procedureIds={passwordField('procedureIds')}
        checkedIds={procedureIds}
      />
      <SubmitOrCancel pending={isPending} cancelHref={AGENTS_PATH}>
        Enregistrer
      </SubmitOrCancel>
    </ActionForm>
  );
}
