import 'server-only';
import type { Tx } from '@/lib/db';
import { fail, type ActionFailure } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { recordAudit } from '@/lib/audit/record-audit';
import type { MemberFunction } from '@/lib/generated/prisma/client';

// Checked inside the change's transaction after locking the profile's row: two changes to one profile
// are decided in turn. A refusal is journaled (ASVS 16.3.2).

/** The same for a profile that does not exist and for one the viewer is not a member of. */
export const PROFILE_NOT_FOUND = 'Ce profil est introuvable.';
export const ADMIN_ONLY = 'Seuls les administrateurs du profil peuvent faire cette action.';

export type ViewerMembership = { id: string; isAdmin: boolean; function: MemberFunction; functionDetail: string | null };

export type ProfileAccess = { ok: true; membership: ViewerMembership } | ActionFailure;

type AccessRequest = { viewerId: string; profileId: string; action: string; context: RequestContext };

async function lockProfile(tx: Tx, profileId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Profile" WHERE id = ${profileId}::uuid FOR UPDATE`;
  return rows.length === 1;
}

async function deny(tx: Tx, request: AccessRequest, reason: 'not-member' | 'not-admin', message: string): Promise<ActionFailure> {
  await recordAudit(tx, {
    actorId: request.viewerId,
    action: 'profile.access-denied',
    targetType: 'Profile',
    targetId: request.profileId,
    ip: request.context.ip,
    details: { attempted: request.action, reason },
  });
  return fail(message);
}

export async function authorizeMember(tx: Tx, request: AccessRequest): Promise<ProfileAccess> {
  const exists = await lockProfile(tx, request.profileId);
  const membership = exists
    ? await tx.membership.findUnique({
        where: { profileId_userId: { profileId: request.profileId, userId: request.viewerId } },
        select: { id: true, isAdmin: true, function: true, functionDetail: true },
      })
    : null;
  if (!membership) return deny(tx, request, 'not-member', PROFILE_NOT_FOUND);
  return { ok: true, membership };
}

export async function authorizeAdmin(tx: Tx, request: AccessRequest): Promise<ProfileAccess> {
  const access = await authorizeMember(tx, request);
  if (!access.ok) return access;
  if (!access.membership.isAdmin) return deny(tx, request, 'not-admin', ADMIN_ONLY);
  return access;
}
