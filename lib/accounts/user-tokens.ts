import 'server-only';
import type { Tx } from '@/lib/db';
import type { TokenPurpose } from '@/lib/generated/prisma/client';
import { createToken, hashToken } from '@/lib/auth/tokens';

// Single-use secrets sent by email. Only their hash is stored; a token is usable while it is
// unused and unexpired, and a newer token of the same purpose replaces the older ones.

const HOUR_MS = 60 * 60 * 1000;

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  CONFIRM_EMAIL: 24 * HOUR_MS,
  RESET_PASSWORD: HOUR_MS,
  CHANGE_EMAIL: 24 * HOUR_MS,
  AGENT_INVITATION: 72 * HOUR_MS,
};

type IssueTokenInput = { userId: string; purpose: TokenPurpose; newEmail?: string };

/** Creates a token and returns it in clear, for the email only. */
export async function issueUserToken(tx: Tx, { userId, purpose, newEmail }: IssueTokenInput): Promise<string> {
  const now = new Date();
  await tx.userToken.updateMany({ where: { userId, purpose, usedAt: null }, data: { usedAt: now } });
  const token = createToken();
  await tx.userToken.create({
    data: {
      userId,
      purpose,
      tokenHash: hashToken(token),
      newEmail,
      expiresAt: new Date(now.getTime() + TOKEN_LIFETIME_MS[purpose]),
    },
  });
  return token;
}

export type UsableToken = { id: string; userId: string; purpose: TokenPurpose; newEmail: string | null };

export async function findUsableToken(tx: Tx, token: string, purposes: TokenPurpose[]): Promise<UsableToken | null> {
  const row = await tx.userToken.findUnique({
    where: { tokenHash: hashToken(token) },
    select: { id: true, userId: true, purpose: true, newEmail: true, usedAt: true, expiresAt: true },
  });
  if (!row || row.usedAt || row.expiresAt <= new Date() || !purposes.includes(row.purpose)) return null;
  return { id: row.id, userId: row.userId, purpose: row.purpose, newEmail: row.newEmail };
}

/** A token already used (or replaced by a newer one), with its owner's current address. */
export async function findSpentToken(tx: Tx, token: string) {
  return tx.userToken.findFirst({
    where: { tokenHash: hashToken(token), usedAt: { not: null } },
    select: { purpose: true, newEmail: true, user: { select: { email: true, emailVerifiedAt: true } } },
  });
}

/** Null if unknown, expired or used. The `usedAt: null` guard: of two simultaneous uses, the second waits, then matches no row. */
export async function consumeUserToken(tx: Tx, token: string, purposes: TokenPurpose[]): Promise<UsableToken | null> {
  const usable = await findUsableToken(tx, token, purposes);
  if (!usable) return null;
  const { count } = await tx.userToken.updateMany({ where: { id: usable.id, usedAt: null }, data: { usedAt: new Date() } });
  return count === 1 ? usable : null;
}
