import { beforeAll, describe, expect, it } from 'vitest';
import { findEmails, tokenSentTo, uniqueEmail, uniqueIp } from '@/test/integration/accounts';
import { authorizeCredentials } from '@/lib/auth/authorize-credentials';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/client';
import { createTestProcedure, createViewer } from '@/test/integration/procedures';
import { acceptAgentInvitation, findAgentInvitation, INVALID_INVITATION } from './accept-agent-invitation';
import { LAST_ADMIN, UNKNOWN_PROCEDURE } from './agent-admin';
import { getAgentForAdmin, listAgentsForAdmin, listProcedureChoices } from './find-agents';
import { EMAIL_HAS_ACCOUNT, inviteAgent, resendAgentInvitation } from './invite-agent';
import { resetAgentSecondFactor } from './reset-agent-second-factor';
import { CANNOT_DISABLE_SELF, disableAgent, enableAgent } from './set-agent-disabled';
import { updateAgent } from './update-agent';

beforeAll(() => {
  // What `experimental.authInterrupts` sets in the app: forbidden() then throws Next.js's 403.
  process.env.__NEXT_EXPERIMENTAL_AUTH_INTERRUPTS = 'true';
});

const FORBIDDEN = 'NEXT_HTTP_ERROR_FALLBACK;403';
const context = { ip: '198.51.100.23' };
const AGENT_PASSWORD = 'Tournesol-Bleu-42';

async function invite(admin: { id: string; role: Role }, overrides: Partial<Parameters<typeof inviteAgent>[1]> = {}) {
  const email = uniqueEmail();
  const result = await inviteAgent(admin, { email, firstName: 'Inès', lastName: 'Moreau', role: 'INSTRUCTEUR', procedureIds: [], ...overrides }, context);
  if (!result.ok) throw new Error(result.message);
  return { id: result.data!.id, email: overrides.email ?? email };
}

async function auditsOf(agentId: string) {
  return db.auditLog.findMany({
    where: { targetId: agentId, action: { startsWith: 'agent.' } },
    orderBy: { createdAt: 'asc' },
    select: { action: true, actorId: true, ip: true },
  });
}

function userRow(id: string) {
  return db.user.findUniqueOrThrow({
    where: { id },
    select: {
      role: true,
      disabledAt: true,
      emailVerifiedAt: true,
      sessionVersion: true,
      passwordHash: true,
      totpSecret: true,
      totpEnabledAt: true,
      totpLastStep: true,
    },
  });
}

/** Runs `work` while `adminId` is the only active administrator, then gives the others back. */
async function asOnlyActiveAdmin(adminId: string, work: () => Promise<void>) {
  const others = await db.user.findMany({ where: { role: 'ADMIN', disabledAt: null, id: { not: adminId } }, select: { id: true } });
  const ids = others.map((other) => other.id);
  await db.user.updateMany({ where: { id: { in: ids } }, data: { disabledAt: new Date() } });
  try {
    await work();
  } finally {
    await db.user.updateMany({ where: { id: { in: ids } }, data: { disabledAt: null } });
  }
}

describe('inviting an agent', () => {
  it('creates an agent without a usable password, their démarches, a 72 h token and the email', async () => {
    const admin = await createViewer('ADMIN');
    const { id: procedureId } = await createTestProcedure();
    const { id, email } = await invite(admin, { procedureIds: [procedureId] });

    const agent = await userRow(id);
    expect(agent).toMatchObject({ role: 'INSTRUCTEUR', disabledAt: null, emailVerifiedAt: null });
    expect(agent.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.procedureInstructor.findMany({ where: { userId: id }, select: { procedureId: true } })).toEqual([{ procedureId }]);
    const token = await db.userToken.findFirstOrThrow({ where: { userId: id, purpose: 'AGENT_INVITATION' }, select: { expiresAt: true, createdAt: true } });
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeGreaterThan(71.9 * 3600_000);
    expect(token.expiresAt.getTime() - token.createdAt.getTime()).toBeLessThanOrEqual(72 * 3600_000 + 1000);
    const [mail] = await findEmails(email, 'agent-invitation');
    expect(mail.text).toContain('/invitation-agent?jeton=');
    expect(mail.text).toContain('Alex Admin');
    expect(await auditsOf(id)).toEqual([{ action: 'agent.invited', actorId: admin.id, ip: context.ip }]);
    // An agent who has not chosen a password cannot sign in with anything.
    expect((await authorizeCredentials({ email, password: AGENT_PASSWORD }, uniqueIp())).ok).toBe(false);
  });

  it('refuses an address that already has an account, next to the field, and changes nothing', async () => {
    const admin = await createViewer('ADMIN');
    const applicant = await createViewer('USAGER');
    const { email } = await db.user.findUniqueOrThrow({ where: { id: applicant.id }, select: { email: true } });
    const result = await inviteAgent(admin, { email, firstName: 'A', lastName: 'B', role: 'ADMIN', procedureIds: [] }, context);
    expect(result).toMatchObject({ ok: false, fieldErrors: { email: [EMAIL_HAS_ACCOUNT] } });
    expect((await userRow(applicant.id)).role).toBe('USAGER');
    expect(await findEmails(email, 'agent-invitation')).toHaveLength(0);
  });

  it('refuses an unknown démarche', async () => {
    const admin = await createViewer('ADMIN');
    const email = uniqueEmail();
    const result = await inviteAgent(
      admin,
      { email, firstName: 'A', lastName: 'B', role: 'INSTRUCTEUR', procedureIds: ['00000000-0000-4000-8000-000000000000'] },
      context,
    );
    expect(result).toMatchObject({ ok: false, fieldErrors: { procedureIds: [UNKNOWN_PROCEDURE] } });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it('accepts the invitation once: password set, address confirmed, then the agent can sign in', async () => {
    const admin = await createViewer('ADMIN');
    const { id, email } = await invite(admin, { role: 'ADMIN' });
    const token = await tokenSentTo(email, 'agent-invitation');
    expect(await findAgentInvitation(token)).toEqual({ firstName: 'Inès', lastName: 'Moreau', email, role: 'ADMIN' });

    // A password with the agent's name in it is refused before the link is used.
    expect(await acceptAgentInvitation({ token, password: 'Moreau-Tournesol-42' }, context)).toMatchObject({
      ok: false,
      fieldErrors: { password: [expect.any(String)] },
    });
    expect(await acceptAgentInvitation({ token, password: AGENT_PASSWORD }, context)).toEqual({ ok: true });
    const agent = await userRow(id);
    expect(agent.emailVerifiedAt).not.toBeNull();
    expect((await authorizeCredentials({ email, password: AGENT_PASSWORD }, uniqueIp())).ok).toBe(true);

    expect(await findAgentInvitation(token)).toBeNull();
    expect(await acceptAgentInvitation({ token, password: 'Autre-Tournesol-43' }, context)).toEqual({ ok: false, message: INVALID_INVITATION });
    expect((await auditsOf(id)).map((row) => row.action)).toEqual(['agent.invited', 'agent.invitation-accepted']);
    // Accepted: nothing to resend any more.
    expect((await resendAgentInvitation(admin, id, context)).ok).toBe(false);
  });

  it('refuses an expired invitation, and a link replaced by « Renvoyer l’invitation »', async () => {
    const admin = await createViewer('ADMIN');
    const { id, email } = await invite(admin);
    const first = await tokenSentTo(email, 'agent-invitation');
    expect(await resendAgentInvitation(admin, id, context)).toEqual({ ok: true });
    const second = await tokenSentTo(email, 'agent-invitation');
    expect(second).not.toBe(first);
    expect(await acceptAgentInvitation({ token: first, password: AGENT_PASSWORD }, context)).toEqual({ ok: false, message: INVALID_INVITATION });

    await db.userToken.updateMany({ where: { userId: id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await findAgentInvitation(second)).toBeNull();
    expect(await acceptAgentInvitation({ token: second, password: AGENT_PASSWORD }, context)).toEqual({ ok: false, message: INVALID_INVITATION });
    expect((await userRow(id)).emailVerifiedAt).toBeNull();
    expect((await auditsOf(id)).map((row) => row.action)).toEqual(['agent.invited', 'agent.invitation-resent']);
  });
});

describe('managing an agent', () => {
  it('changes the role and the démarches (whole set), and ends sessions on a role change', async () => {
    const admin = await createViewer('ADMIN');
    const [a, b, c] = await Promise.all([createTestProcedure(), createTestProcedure(), createTestProcedure()]);
    const { id } = await invite(admin, { procedureIds: [a.id, b.id] });
    const before = await userRow(id);

    expect(await updateAgent(admin, id, { role: 'INSTRUCTEUR', procedureIds: [b.id, c.id] }, context)).toEqual({ ok: true });
    const ids = (await db.procedureInstructor.findMany({ where: { userId: id }, select: { procedureId: true } })).map((row) => row.procedureId).sort();
    expect(ids).toEqual([b.id, c.id].sort());
    expect((await userRow(id)).sessionVersion).toBe(before.sessionVersion);

    expect(await updateAgent(admin, id, { role: 'ADMIN', procedureIds: [] }, context)).toEqual({ ok: true });
    const after = await userRow(id);
    expect(after.role).toBe('ADMIN');
    expect(after.sessionVersion).toBe(before.sessionVersion + 1);
    expect(await db.procedureInstructor.count({ where: { userId: id } })).toBe(0);
    expect((await auditsOf(id)).map((row) => row.action)).toEqual(['agent.invited', 'agent.updated', 'agent.updated']);

    expect(await updateAgent(admin, id, { role: 'ADMIN', procedureIds: ['00000000-0000-4000-8000-000000000000'] }, context)).toMatchObject({ ok: false });
    expect(await updateAgent(admin, (await createViewer('USAGER')).id, { role: 'ADMIN', procedureIds: [] }, context)).toMatchObject({ ok: false });
  });

  it('disables an agent: sessions end, sign-in is refused; reactivation lets them in again', async () => {
    const admin = await createViewer('ADMIN');
    const { id, email } = await invite(admin);
    await acceptAgentInvitation({ token: await tokenSentTo(email, 'agent-invitation'), password: AGENT_PASSWORD }, context);
    const before = await userRow(id);

    expect(await disableAgent(admin, id, context)).toEqual({ ok: true });
    const disabled = await userRow(id);
    expect(disabled.disabledAt).not.toBeNull();
    expect(disabled.sessionVersion).toBe(before.sessionVersion + 1);
    expect((await authorizeCredentials({ email, password: AGENT_PASSWORD }, uniqueIp())).ok).toBe(false);
    expect((await listAgentsForAdmin(admin)).find((agent) => agent.id === id)?.status).toBe('disabled');

    expect(await enableAgent(admin, id, context)).toEqual({ ok: true });
    expect((await userRow(id)).disabledAt).toBeNull();
    expect((await authorizeCredentials({ email, password: AGENT_PASSWORD }, uniqueIp())).ok).toBe(true);
    expect((await auditsOf(id)).map((row) => row.action)).toEqual(['agent.invited', 'agent.invitation-accepted', 'agent.disabled', 'agent.enabled']);
  });

  it('disabling a pending agent makes the invitation unusable', async () => {
    const admin = await createViewer('ADMIN');
    const { id, email } = await invite(admin);
    const token = await tokenSentTo(email, 'agent-invitation');
    await disableAgent(admin, id, context);
    expect(await findAgentInvitation(token)).toBeNull();
    expect(await acceptAgentInvitation({ token, password: AGENT_PASSWORD }, context)).toEqual({ ok: false, message: INVALID_INVITATION });
  });

  it('an administrator cannot disable themself, and the last active administrator keeps the role', async () => {
    const admin = await createViewer('ADMIN');
    expect(await disableAgent(admin, admin.id, context)).toEqual({ ok: false, message: CANNOT_DISABLE_SELF });
    expect((await userRow(admin.id)).disabledAt).toBeNull();

    await asOnlyActiveAdmin(admin.id, async () => {
      expect(await updateAgent(admin, admin.id, { role: 'INSTRUCTEUR', procedureIds: [] }, context)).toMatchObject({
        ok: false,
        fieldErrors: { role: [LAST_ADMIN] },
      });
      expect((await userRow(admin.id)).role).toBe('ADMIN');
      // With a second active administrator, the first may become an instructeur.
      const other = await createViewer('ADMIN');
      expect(await updateAgent(admin, admin.id, { role: 'INSTRUCTEUR', procedureIds: [] }, context)).toEqual({ ok: true });
      // …and the other, now the last active administrator, cannot give up the role either.
      expect(await updateAgent(other, other.id, { role: 'INSTRUCTEUR', procedureIds: [] }, context)).toMatchObject({
        ok: false,
        fieldErrors: { role: [LAST_ADMIN] },
      });
      await db.user.update({ where: { id: other.id }, data: { disabledAt: new Date() } });
    });
  });

  it('the last active administrator cannot be disabled', async () => {
    const admin = await createViewer('ADMIN');
    const target = await createViewer('ADMIN');
    await asOnlyActiveAdmin(target.id, async () => {
      // `admin` is disabled by asOnlyActiveAdmin; the domain trusts the viewer given (the pages pass a live session).
      expect(await disableAgent(admin, target.id, context)).toEqual({ ok: false, message: LAST_ADMIN });
      expect((await userRow(target.id)).disabledAt).toBeNull();
    });
  });

  it('resets the second factor: secret, steps, recovery codes and sessions', async () => {
    const admin = await createViewer('ADMIN');
    const agent = await createViewer('INSTRUCTEUR');
    await db.user.update({ where: { id: agent.id }, data: { totpSecret: 'sealed-secret', totpEnabledAt: new Date(), totpLastStep: 123 } });
    await db.recoveryCode.createMany({
      data: [
        { userId: agent.id, codeHash: `h1-${agent.id}` },
        { userId: agent.id, codeHash: `h2-${agent.id}` },
      ],
    });
    const before = await userRow(agent.id);
    expect((await getAgentForAdmin(admin, agent.id))?.secondFactorEnabled).toBe(true);

    expect(await resetAgentSecondFactor(admin, agent.id, context)).toEqual({ ok: true });
    const after = await userRow(agent.id);
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, sessionVersion: before.sessionVersion + 1 });
    expect(await db.recoveryCode.count({ where: { userId: agent.id } })).toBe(0);
    expect((await getAgentForAdmin(admin, agent.id))?.secondFactorEnabled).toBe(false);
    expect(await auditsOf(agent.id)).toEqual([{ action: 'agent.second-factor-reset', actorId: admin.id, ip: context.ip }]);
  });
});

describe.each<Role>(['USAGER', 'INSTRUCTEUR'])('a viewer with role %s', (role) => {
  it('is refused by every agents function, and nothing changes', async () => {
    const admin = await createViewer('ADMIN');
    const { id: procedureId } = await createTestProcedure();
    const { id: agentId } = await invite(admin);
    const viewer = await createViewer(role);
    const email = uniqueEmail();
    const before = await userRow(agentId);
    const auditsBefore = await db.auditLog.count();

    const calls: [string, () => Promise<unknown>][] = [
      ['inviteAgent', () => inviteAgent(viewer, { email, firstName: 'X', lastName: 'Y', role: 'ADMIN', procedureIds: [procedureId] }, context)],
      ['resendAgentInvitation', () => resendAgentInvitation(viewer, agentId, context)],
      ['updateAgent', () => updateAgent(viewer, agentId, { role: 'ADMIN', procedureIds: [procedureId] }, context)],
      ['disableAgent', () => disableAgent(viewer, agentId, context)],
      ['enableAgent', () => enableAgent(viewer, agentId, context)],
      ['resetAgentSecondFactor', () => resetAgentSecondFactor(viewer, agentId, context)],
      ['listAgentsForAdmin', () => listAgentsForAdmin(viewer)],
      ['getAgentForAdmin', () => getAgentForAdmin(viewer, agentId)],
      ['listProcedureChoices', () => listProcedureChoices(viewer)],
    ];
    for (const [name, call] of calls) {
      await expect(call(), name).rejects.toMatchObject({ digest: FORBIDDEN });
    }
    expect(await userRow(agentId)).toEqual(before);
    expect(await db.user.count({ where: { email } })).toBe(0);
    expect(await db.procedureInstructor.count({ where: { userId: agentId } })).toBe(0);
    expect(await db.auditLog.count()).toBe(auditsBefore);
    expect(await getAgentForAdmin(admin, agentId)).not.toBeNull();
  });
});
