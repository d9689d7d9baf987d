import 'server-only';
import { cache } from 'react';
import { db } from '@/lib/db';
import type { Role } from '@/lib/generated/prisma/client';
import { isUuid } from '@/lib/validation/uuid';

/** What a session cookie stands for: its user as stored now, and whether this very session was revoked. */
export type SessionRecord = {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  sessionVersion: number;
  disabledAt: Date | null;
  totpEnabledAt: Date | null;
  revoked: boolean;
  lastSeenAt: Date | null;
};

/** The records read during this request, by user id (React's cache: one map per request). */
const readThisRequest = cache(() => new Map<string, SessionRecord>());

/**
 * One query for both reads of a signed-in request: the session callback reads it and getSessionUser
 * reuses it, so a page pays one query for its viewer, not three (docs/decisions/018-relation-joins.md).
 */
export async function loadSessionRecord(userId: string, sid: string): Promise<SessionRecord | null> {
  if (!isUuid(userId) || !isUuid(sid)) return null;
  const rows = await db.$queryRaw<SessionRecord[]>`
    SELECT u.id, u."firstName", u."lastName", u.email, u.role, u."sessionVersion", u."disabledAt", u."totpEnabledAt",
           EXISTS (SELECT 1 FROM "RevokedSession" r WHERE r.sid = ${sid}::uuid) AS revoked,
           (SELECT a."lastSeenAt" FROM "SessionActivity" a WHERE a.sid = ${sid}::uuid) AS "lastSeenAt"
    FROM "User" u
    WHERE u.id = ${userId}::uuid`;
  const record = rows[0] ?? null;
  if (record) readThisRequest().set(userId, record);
  return record;
}

/** The record the session callback read for this user during this request (auth() always runs it first). */
export function sessionRecordOfThisRequest(userId: string): SessionRecord | undefined {
  return readThisRequest().get(userId);
}
