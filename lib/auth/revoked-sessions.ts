import 'server-only';
import { db } from '@/lib/db';

// A JWT session cookie stays valid until it expires, even after the browser deletes it: a copy
// replayed after « Se déconnecter » would still work (ASVS 7.4.1). Each session has its own id
// (`sid` claim); signing out records it here until no cookie carrying it can still be valid.

export async function revokeSession(sid: string, validUntil: Date): Promise<void> {
  await db.$transaction([
    // Rows are only useful while a cookie could still be valid: the table stays small.
    db.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } }),
    db.revokedSession.upsert({ where: { sid }, create: { sid, expiresAt: validUntil }, update: {} }),
  ]);
}
