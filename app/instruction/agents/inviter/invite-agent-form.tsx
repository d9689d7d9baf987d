'use client';

import { ActionForm } from '@/components/forms/action-form';
import { SubmitOrCancel } from '@/components/forms/submit-or-cancel';
import { TextField } from '@/components/forms/text-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { AGENTS_PATH } from '@/lib/instruction/instruction-paths';
import { inviteAgentSchema } from '@/lib/validation/agent';
import { inviteAgentAction } from '../actions';
import { AgentAccessFields } from '../agent-access-fields';

export function InviteAgentForm({ procedures }: { procedures: { id: string; title: string }[] }) {
  const controller = useActionForm({
    schema: inviteAgentSchema,
    action: inviteAgentAction,
    idPrefix: 'agent',
    defaultValues: { role: 'INSTRUCTEUR', procedureIds: [] },
  });
  const { form, isPending, textField, passwordField } = controller;
  const checked = form.watch('procedureIds');
  return (
    <ActionForm controller={controller}>
      <TextField
        label="Courriel"
        hint="L’adresse professionnelle de l’agent : l’invitation y est envoyée."
        type="email"
        autoComplete="off"
        spellCheck={false}
        {...textField('email')}
      />
      <TextField label="Prénom" autoComplete="off" {...textField('firstName')} />
      <TextField label="Nom" autoComplete="off" {...textField('lastName')} />
      <AgentAccessFields
        role={passwordField('role')}
        roleValue={(form.getValues('role') as string | undefined) ?? 'INSTRUCTEUR'}
        procedures={procedures}
        procedureIds={passwordField('procedureIds')}
        checkedIds={Array.isArray(checked) ? (checked as string[]) : []}
      />
      <SubmitOrCancel pending={isPending} pendingLabel="Envoi en cours…" cancelHref={AGENTS_PATH}>
        Envoyer l’invitation
      </SubmitOrCancel>
    </ActionForm>
  );
}
