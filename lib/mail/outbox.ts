import 'server-only';
import type { Tx } from '@/lib/db';
import { assertSingleRecipient } from './headers';
import type { EmailMessage } from './messages';
import { renderEmail } from './render';
import { isDeletedAccountEmail } from './deleted-account-address';

export { nudgeMailWorker } from './nudge';

/** In the caller's transaction: the email exists if and only if the change that causes it commits. */
export async function enqueueEmail(tx: Tx, message: EmailMessage, options: EnqueueOptions = {}): Promise<void> {
  await enqueueEmails(tx, [message], options);
}

/** A StoredFile sent with the email (e.g. the deposit receipt); the worker streams it from storage. */
export type EmailAttachment = { filename: string; fileId: string };

export type EnqueueOptions = { attachments?: readonly EmailAttachment[] };

export async function enqueueEmails(tx: Tx, messages: readonly EmailMessage[], options: EnqueueOptions = {}): Promise<void> {
  // A deleted account has no address any more (lib/retention/erase-account.ts): nothing to send.
  const deliverable = messages.filter((message) => !isDeletedAccountEmail(message.to));
  if (deliverable.length === 0) return;
  const rows = await Promise.all(
    deliverable.map(async (message) => ({
      template: message.template,
      to: assertSingleRecipient(message.to),
      ...(await renderEmail(message)),
      // Explicit, like every time the worker compares it with: the app's clock, in UTC.
      nextAttemptAt: new Date(),
      ...(options.attachments?.length ? { attachments: options.attachments.map(({ filename, fileId }) => ({ filename, fileId })) } : {}),
    })),
  );
  await tx.outboxEmail.createMany({ data: rows });
}
