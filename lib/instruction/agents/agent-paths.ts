import { AGENTS_PATH } from '@/lib/instruction/instruction-paths';

export const INVITE_AGENT_PATH = `${AGENTS_PATH}/inviter`;
export const AGENT_INVITATION_PATH = '/invitation-agent';

export function agentAdminPath(agentId: string): string {
  return `${AGENTS_PATH}/${agentId}`;
}
