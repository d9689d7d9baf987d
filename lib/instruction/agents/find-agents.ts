import 'server-only';
import { db } from '@/lib/db';
import { assertAdmin, type AdminViewer } from './agent-admin';
import { agentStatus, type AgentRoleCode, type AgentStatus } from './agent-labels';

// What the agents' pages show: never a password hash, a token or a TOTP secret.

export type AgentSummary = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: AgentRoleCode;
  status: AgentStatus;
  secondFactorEnabled: boolean;
  procedures: { id: string; title: string }[];
};

export type AgentDetails = AgentSummary & { createdAt: Date; disabledAt: Date | null; invitationExpiresAt: Date | null };

const agentSelect = {
  id: true,
  firstName: true,
  lastName: true,
  email: true,
  role: true,
  disabledAt: true,
  emailVerifiedAt: true,
  totpEnabledAt: true,
  createdAt: true,
  instructedProcedures: { select: { procedure: { select: { id: true, title: true } } }, orderBy: { procedure: { title: 'asc' } } },
} as const;

type AgentRow = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: string;
  disabledAt: Date | null;
  emailVerifiedAt: Date | null;
  totpEnabledAt: Date | null;
  instructedProcedures: { procedure: { id: string; title: string } }[];
};

function toSummary(row: AgentRow): AgentSummary {
  return {
    id: row.id,
    firstName: row.firstName,
    lastName: row.lastName,
    email: row.email,
    role: row.role as AgentRoleCode,
    status: agentStatus(row),
    secondFactorEnabled: row.totpEnabledAt !== null,
    procedures: row.instructedProcedures.map((link) => link.procedure),
  };
}

/** Every agent, by name (a département has tens of agents, not thousands: one page). */
export async function listAgentsForAdmin(admin: AdminViewer): Promise<AgentSummary[]> {
  await assertAdmin(admin);
  const rows = await db.user.findMany({
    where: { role: { in: ['INSTRUCTEUR', 'ADMIN'] } },
    select: agentSelect,
    orderBy: [{ lastName: 'asc' }, { firstName: 'asc' }, { email: 'asc' }],
  });
  return rows.map(toSummary);
}

export async function getAgentForAdmin(admin: AdminViewer, agentId: string): Promise<AgentDetails | null> {
  await assertAdmin(admin);
  const row = await db.user.findFirst({ where: { id: agentId, role: { in: ['INSTRUCTEUR', 'ADMIN'] } }, select: agentSelect });
  if (!row) return null;
  const invitation = row.emailVerifiedAt
    ? null
    : await db.userToken.findFirst({
        where: { userId: row.id, purpose: 'AGENT_INVITATION', usedAt: null },
        orderBy: { createdAt: 'desc' },
        select: { expiresAt: true },
      });
  return { ...toSummary(row), createdAt: row.createdAt, disabledAt: row.disabledAt, invitationExpiresAt: invitation?.expiresAt ?? null };
}

export async function listProcedureChoices(admin: AdminViewer): Promise<{ id: string; title: string }[]> {
  await assertAdmin(admin);
  return db.procedure.findMany({ select: { id: true, title: true }, orderBy: { title: 'asc' } });
}
