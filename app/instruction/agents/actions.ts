'use server';

import { revalidatePath } from 'next/cache';
import { notFound, redirect } from 'next/navigation';
import { z } from 'zod';
import { echoValues, INVALID_FORM_MESSAGE, parseForm } from '@/lib/actions/parse-form';
import { getRequestContext } from '@/lib/actions/request-context';
import { fail, type ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { requireAdmin } from '@/lib/auth/session';
import type { Role } from '@/lib/generated/prisma/client';
import { inviteAgent, resendAgentInvitation } from '@/lib/instruction/agents/invite-agent';
import { agentAdminPath, INVITE_AGENT_PATH } from '@/lib/instruction/agents/agent-paths';
import { resetAgentSecondFactor } from '@/lib/instruction/agents/reset-agent-second-factor';
import { disableAgent, enableAgent } from '@/lib/instruction/agents/set-agent-disabled';
import { updateAgent } from '@/lib/instruction/agents/update-agent';
import { AGENTS_PATH, AUDIT_LOG_PATH } from '@/lib/instruction/instruction-paths';
import { inviteAgentSchema, procedureIdsSchema, updateAgentSchema } from '@/lib/validation/agent';

// Public endpoints like every server action: each checks the administrator first (the domain
// checks again), parses its input, calls the domain, then redirects to the page that says what
// happened.

/** The agent's id from a hidden field: checked, never trusted. */
function readAgentId(formData: FormData): string {
  const parsed = z.uuid().safeParse(formData.get('agentId'));
  if (!parsed.success) notFound();
  return parsed.data;
}

/** Several boxes share the name `procedureIds`; parseForm keeps one value per name. */
function readProcedureIds(formData: FormData) {
  return procedureIdsSchema.safeParse(formData.getAll('procedureIds'));
}

function done(agentId: string, success: string): never {
  revalidatePath(AGENTS_PATH);
  revalidatePath(AUDIT_LOG_PATH);
  redirect(`${agentAdminPath(agentId)}?succes=${success}`);
}

export async function inviteAgentAction(_previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  const admin = await requireAdmin(INVITE_AGENT_PATH);
  const parsed = parseForm(inviteAgentSchema, formData);
  if (!parsed.success) return parsed.failure;
  const procedureIds = readProcedureIds(formData);
  if (!procedureIds.success) return fail(INVALID_FORM_MESSAGE, { procedureIds: ['Choisissez des démarches de la liste'] });
  const result = await inviteAgent(admin, { ...parsed.data, procedureIds: procedureIds.data }, await getRequestContext());
  if (!result.ok) return { ...result, values: echoValues(formData) };
  done(result.data!.id, 'invite');
}

export async function updateAgentAction(_previous: ActionResult<unknown> | null, formData: FormData): Promise<ActionResult<unknown>> {
  const admin = await requireAdmin(AGENTS_PATH);
  const agentId = readAgentId(formData);
  const parsed = parseForm(updateAgentSchema, formData);
  if (!parsed.success) return parsed.failure;
  const procedureIds = readProcedureIds(formData);
  if (!procedureIds.success) return fail(INVALID_FORM_MESSAGE, { procedureIds: ['Choisissez des démarches de la liste'] });
  const result = await updateAgent(admin, agentId, { role: parsed.data.role, procedureIds: procedureIds.data }, await getRequestContext());
  if (!result.ok) return result;
  done(agentId, 'modifie');
}

type AgentCommand = (admin: { id: string; role: Role }, agentId: string, context: RequestContext) => Promise<ActionResult>;

/** The one-button actions on an agent: same checks, a different domain function and message. */
async function runAgentCommand(command: AgentCommand, success: string, formData: FormData): Promise<ActionResult> {
  const admin = await requireAdmin(AGENTS_PATH);
  const agentId = readAgentId(formData);
  const result = await command(admin, agentId, await getRequestContext());
  if (!result.ok) return result;
  done(agentId, success);
}

export async function resendAgentInvitationAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAgentCommand(resendAgentInvitation, 'invitation', formData);
}

export async function disableAgentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAgentCommand(disableAgent, 'desactive', formData);
}

export async function enableAgentAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAgentCommand(enableAgent, 'reactive', formData);
}

export async function resetAgentSecondFactorAction(_previous: ActionResult | null, formData: FormData): Promise<ActionResult> {
  return runAgentCommand(resetAgentSecondFactor, 'double-authentification', formData);
}
