import { AGENT_STATUS_LABELS, type AgentStatus } from '@/lib/instruction/agents/agent-labels';

const STATUS_CLASS: Record<AgentStatus, string> = { active: 'tag tag-success', invited: 'tag tag-neutral', disabled: 'tag tag-error' };

export function AgentStatusTag({ status }: { status: AgentStatus }) {
  return <span className={STATUS_CLASS[status]}>{AGENT_STATUS_LABELS[status]}</span>;
}

export function SecondFactorTag({ enabled }: { enabled: boolean }) {
  return enabled ? <span className="tag tag-success">Activée</span> : <span className="tag tag-neutral">À activer</span>;
}
