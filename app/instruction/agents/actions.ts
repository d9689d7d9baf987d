'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { failWithCode, NOT_FOUND_CODE } from '@/lib/actions/result';
import { requireAdmin } from '@/lib/auth/session';
import { AGENT_NOT_FOUND } from '@/lib/instruction/agents/agent-admin';
import { agentAdminPath, INVITE_AGENT_PATH } from '@/lib/instruction/agents/agent-paths';
import { inviteAgent, resendAgentInvitation } from '@/lib/instruction/agents/invite-agent';
import { resetAgentSecondFactor } from '@/lib/instruction/agents/reset-agent-second-factor';
import { disableAgent, enableAgent } from '@/lib/instruction/agents/set-agent-disabled';
import { updateAgent } from '@/lib/instruction/agents/update-agent';
import { AGENTS_PATH, AUDIT_LOG_PATH } from '@/lib/instruction/instruction-paths';
import { agentTargetSchema, inviteAgentSchema, updateAgentSchema } from '@/lib/validation/agent';

// Only administrators manage agents; the domain checks again. The agent's id comes from a hidden
// field: an id that names nobody is the same 404 as the page of an agent that does not exist.

const administrator = () => requireAdmin(AGENTS_PATH);
const NO_SUCH_AGENT = failWithCode(NOT_FOUND_CODE, AGENT_NOT_FOUND);

/** The lists and the journal show the change; the agent's page says what happened. */
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
  run: async ({ viewer, input, context }) => (input.agentId ? updateAgent(viewer, input.agentId, input, context) : NO_SUCH_AGENT),
  done: ({ input }) => backToAgent(input.agentId!, 'modifie'),
});

export const resendAgentInvitationAction = defineAction({
  access: administrator,
  schema: agentTargetSchema,
  run: async ({ viewer, input: { agentId }, context }) => (agentId ? resendAgentInvitation(viewer, agentId, context) : NO_SUCH_AGENT),
  done: ({ input }) => backToAgent(input.agentId!, 'invitation'),
});

export const disableAgentAction = defineAction({
  access: administrator,
  schema: agentTargetSchema,
  run: async ({ viewer, input: { agentId }, context }) => (agentId ? disableAgent(viewer, agentId, context) : NO_SUCH_AGENT),
  done: ({ input }) => backToAgent(input.agentId!, 'desactive'),
});

export const enableAgentAction = defineAction({
  access: administrator,
  schema: agentTargetSchema,
  run: async ({ viewer, input: { agentId }, context }) => (agentId ? enableAgent(viewer, agentId, context) : NO_SUCH_AGENT),
  done: ({ input }) => backToAgent(input.agentId!, 'reactive'),
});

export const resetAgentSecondFactorAction = defineAction({
  access: administrator,
  schema: agentTargetSchema,
  run: async ({ viewer, input: { agentId }, context }) => (agentId ? resetAgentSecondFactor(viewer, agentId, context) : NO_SUCH_AGENT),
  done: ({ input }) => backToAgent(input.agentId!, 'double-authentification'),
});
