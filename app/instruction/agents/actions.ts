'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { requireAdmin } from '@/lib/auth/session';
import { agentAdminPath, INVITE_AGENT_PATH } from '@/lib/instruction/agents/agent-paths';
import { inviteAgent, resendAgentInvitation } from '@/lib/instruction/agents/invite-agent';
import { resetAgentSecondFactor } from '@/lib/instruction/agents/reset-agent-second-factor';
import { disableAgent, enableAgent } from '@/lib/instruction/agents/set-agent-disabled';
import { updateAgent } from '@/lib/instruction/agents/update-agent';
import { AGENTS_PATH, AUDIT_LOG_PATH } from '@/lib/instruction/instruction-paths';
import { agentTargetSchema, inviteAgentSchema, updateAgentSchema } from '@/lib/validation/agent';

const administrator = () => requireAdmin(AGENTS_PATH);
const targets = ['agentId'];

function backToAgent(agentId: string, succes: string): never {
  revalidatePath(AGENTS_PATH);
  revalidatePath(AUDIT_LOG_PATH);
  redirect(`${agentAdminPath(agentId)}?succes=${succes}`);
}

export const inviteAgentAction = defineAction({
  access: () => requireAdmin(INVITE_AGENT_PATH),
  schema: inviteAgentSchema,
  run: ({ viewer, input, context }) => inviteAgent(viewer, input, context),
  done: ({ data }) => backToAgent(data.id, 'invite'),
});

export const updateAgentAction = defineAction({
  access: administrator,
  schema: updateAgentSchema,
  targets,
  run: ({ viewer, input, context }) => updateAgent(viewer, input.agentId, input, context),
  done: ({ input }) => backToAgent(input.agentId, 'modifie'),
});

export const resendAgentInvitationAction = defineAction({
  access: administrator,
  schema: agentTargetSchema,
  targets,
  run: ({ viewer, input: { agentId }, context }) => resendAgentInvitation(viewer, agentId, context),
  done: ({ input }) => backToAgent(input.agentId, 'invitation'),
});

export const disableAgentAction = defineAction({
  access: administrator,
  schema: agentTargetSchema,
  targets,
  run: ({ viewer, input: { agentId }, context }) => disableAgent(viewer, agentId, context),
  done: ({ input }) => backToAgent(input.agentId, 'desactive'),
});

export const enableAgentAction = defineAction({
  access: administrator,
  schema: agentTargetSchema,
  targets,
  run: ({ viewer, input: { agentId }, context }) => enableAgent(viewer, agentId, context),
  done: ({ input }) => backToAgent(input.agentId, 'reactive'),
});

export const resetAgentSecondFactorAction = defineAction({
  access: administrator,
  schema: agentTargetSchema,
  targets,
  run: ({ viewer, input: { agentId }, context }) => resetAgentSecondFactor(viewer, agentId, context),
  done: ({ input }) => backToAgent(input.agentId, 'double-authentification'),
});
