import 'server-only';
import { db, type Tx } from '@/lib/db';
import { fail, failOnField, failThrottled, succeed, type ActionResult } from '@/lib/actions/result';
import type { RequestContext } from '@/lib/actions/request-context';
import { transactWithEmails } from '@/lib/accounts/transaction';
import { isUniqueViolation } from '@/lib/accounts/unique-violation';
import { recordAudit } from '@/lib/audit/record-audit';
import { enqueueEmails } from '@/lib/mail/outbox';
import { checkShareKeyAllowed, recordShareKeyFailure } from '@/lib/security/throttle';
import type { JoinProfileInput } from '@/lib/validation/profile';
import { hashShareKey } from './share-key-code';
import { shareKeyStatus } from './share-key-status';

/** One answer for an unknown, used, revoked or expired key: it must not tell which profiles exist. */
export const INVALID_SHARE_KEY = 'Cette clé n’est pas valable. Vérifiez-la ou demandez une nouvelle clé à l’administrateur du profil.';
export const ALREADY_MEMBER = 'Vous êtes déjà membre de ce profil.';

type Outcome = { kind: 'joined'; profileId: string } | { kind: 'already-member' } | { kind: 'taken' };

/**
 * The key is spent by one guarded UPDATE in the transaction that creates the membership: of two
 * people using it at once, the second one's update waits for the first, then matches no row.
 */
export async function redeemShareKey(viewerId: string, input: JoinProfileInput, context: RequestContext): Promise<ActionResult<{ profileId: string }>> {
  const subject = { userId: viewerId, ip: context.ip };
  const gate = await checkShareKeyAllowed(subject);
  if (!gate.allowed) {
    await recordAudit(db, { actorId: viewerId, action: 'share-key.redeem-throttled', ip: context.ip });
    return failThrottled(gate.retryAfterSeconds, 'Trop de clés de partage refusées');
  }

  const key = await db.shareKey.findUnique({
    where: { keyHash: hashShareKey(input.key) },
    select: { id: true, profileId: true, activatedAt: true, revokedAt: true, expiresAt: true },
  });
  const status = key ? shareKeyStatus(key) : null;
  if (!key || status !== 'NOUVELLE') return refuse(viewerId, context, key?.id, status ?? 'UNKNOWN');

  let outcome: Outcome;
  try {
    outcome = await transactWithEmails((tx) => joinWithKey(tx, viewerId, { ...input, shareKeyId: key.id, profileId: key.profileId }, context));
  } catch (error) {
    // The same person redeeming two keys of one profile at once: the second membership is refused
    // by the unique index, and its transaction (key included) rolled back.
    if (!isUniqueViolation(error)) throw error;
    outcome = { kind: 'already-member' };
  }
  if (outcome.kind === 'already-member') return fail(ALREADY_MEMBER);
  if (outcome.kind === 'taken') return refuse(viewerId, context, key.id, 'TAKEN');
  return succeed({ profileId: outcome.profileId });
}

type JoinRequest = JoinProfileInput & { shareKeyId: string; profileId: string };

async function joinWithKey(tx: Tx, viewerId: string, request: JoinRequest, context: RequestContext): Promise<Outcome> {
  const { profileId, shareKeyId } = request;
  // Checked before spending the key: a member who tries a key keeps it valid for someone else.
  const existing = await tx.membership.findUnique({ where: { profileId_userId: { profileId, userId: viewerId } }, select: { id: true } });
  if (existing) return { kind: 'already-member' };

  const now = new Date();
  const { count } = await tx.shareKey.updateMany({
    where: { id: shareKeyId, activatedAt: null, revokedAt: null, expiresAt: { gt: now } },
    data: { activatedAt: now, activatedById: viewerId },
  });
  if (count !== 1) return { kind: 'taken' };

  await tx.membership.create({
    data: { profileId, userId: viewerId, function: request.function, functionDetail: request.functionDetail, shareKeyId, joinedAt: now },
  });
  await recordAudit(tx, {
    actorId: viewerId,
    action: 'share-key.redeem',
    targetType: 'ShareKey',
    targetId: shareKeyId,
    ip: context.ip,
    details: { profileId },
  });

  const [member, profile] = await Promise.all([
    tx.user.findUniqueOrThrow({ where: { id: viewerId }, select: { firstName: true, lastName: true } }),
    tx.profile.findUniqueOrThrow({
      where: { id: profileId },
      select: {
        name: true,
        memberships: {
          where: { isAdmin: true, user: { disabledAt: null } },
          select: { user: { select: { email: true, firstName: true } } },
        },
      },
    }),
  ]);
  const memberName = `${member.firstName} ${member.lastName}`;
  await enqueueEmails(
    tx,
    profile.memberships.map(({ user }) => ({
      template: 'member-joined' as const,
      to: user.email,
      props: { firstName: user.firstName, memberName, profileName: profile.name, profileId },
    })),
  );
  return { kind: 'joined', profileId };
}

async function refuse(viewerId: string, context: RequestContext, shareKeyId: string | undefined, reason: string): Promise<ActionResult<{ profileId: string }>> {
  await recordShareKeyFailure({ userId: viewerId, ip: context.ip });
  await recordAudit(db, {
    actorId: viewerId,
    action: 'share-key.redeem-refused',
    ...(shareKeyId && { targetType: 'ShareKey', targetId: shareKeyId }),
    ip: context.ip,
    details: { reason: reason.toLowerCase() },
  });
  return failOnField('key', INVALID_SHARE_KEY);
}
