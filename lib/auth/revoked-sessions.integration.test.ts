import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db';
import { revokeSession } from './revoked-sessions';

const isSessionRevoked = async (sid: string) => (await db.revokedSession.count({ where: { sid } })) > 0;

const inOneHour = () => new Date(Date.now() + 60 * 60 * 1000);

describe('revoked sessions', () => {
  it('refuses a signed-out session and only that one', async () => {
    const [signedOut, other] = [randomUUID(), randomUUID()];
    await revokeSession(signedOut, inOneHour());
    expect(await isSessionRevoked(signedOut)).toBe(true);
    expect(await isSessionRevoked(other)).toBe(false);
  });

  it('accepts the same sign-out twice (two tabs)', async () => {
    const sid = randomUUID();
    await revokeSession(sid, inOneHour());
    await revokeSession(sid, inOneHour());
    expect(await isSessionRevoked(sid)).toBe(true);
  });

  it('forgets sessions whose cookie has expired anyway', async () => {
    const expired = randomUUID();
    await db.revokedSession.create({ data: { sid: expired, expiresAt: new Date(Date.now() - 1000) } });
    await revokeSession(randomUUID(), inOneHour());
    expect(await db.revokedSession.count({ where: { sid: expired } })).toBe(0);
  });
});
