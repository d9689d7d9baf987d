import 'server-only';
import { db } from '@/lib/db';

// Agents' sessions end after 30 minutes without a request (ASVS 7.3.1, docs/decisions/017-security-suite.md).
// The cookie is not rewritten while pages render, so the last activity lives here, keyed by the
// session's id; it is written at most once a minute.

export const AGENT_IDLE_MS = 30 * 60 * 1000;
const TOUCH_EVERY_MS = 60 * 1000;

/** At sign-in. Rows of sessions that ended anyway (older than `maxAgeMs`) go at the same time. */
export async function startSessionActivity(sid: string, maxAgeMs: number, now = new Date()): Promise<void> {
  await db.$transaction([
    db.sessionActivity.deleteMany({ where: { lastSeenAt: { lt: new Date(now.getTime() - maxAgeMs) } } }),
    db.sessionActivity.createMany({ data: [{ sid, lastSeenAt: now }], skipDuplicates: true }),
  ]);
}

/** False once the session has been idle too long; otherwise records this request. */
export async function touchAgentSession(sid: string, lastSeenAt: Date | null, now = new Date()): Promise<boolean> {
  // No activity recorded for this session yet: the count starts now.
  if (!lastSeenAt) {
    await db.sessionActivity.createMany({ data: [{ sid, lastSeenAt: now }], skipDuplicates: true });
    return true;
  }
  const idle = now.getTime() - lastSeenAt.getTime();
  if (idle > AGENT_IDLE_MS) return false;
  if (idle > TOUCH_EVERY_MS) await db.sessionActivity.updateMany({ where: { sid, lastSeenAt }, data: { lastSeenAt: now } });
  return true;
}
