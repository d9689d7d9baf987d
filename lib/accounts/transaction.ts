import 'server-only';
import { db, type Tx } from '@/lib/db';
import { nudgeMailWorker } from '@/lib/mail/outbox';

/**
 * Runs `work` in one transaction (the change, its outbox emails and its audit row commit or
 * roll back together), then wakes this process's mail worker instead of waiting for its poll.
 */
export async function transactWithEmails<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db.$transaction(work);
  nudgeMailWorker();
  return result;
}
