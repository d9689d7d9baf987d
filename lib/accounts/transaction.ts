import 'server-only';
import { db, type Tx } from '@/lib/db';
import { nudgeMailWorker } from '@/lib/mail/outbox';

/** The change, its outbox emails and its audit row commit together; then this process's mail worker wakes, not at its poll. */
export async function transactWithEmails<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  const result = await db.$transaction(work);
  nudgeMailWorker();
  return result;
}
