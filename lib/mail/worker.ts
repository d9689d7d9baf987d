import 'server-only';
import { db } from '@/lib/db';
import { resolveAttachments } from './attachments';
import { onMailWorkerNudge } from './nudge';
import { describeErrorSafely } from './redact';
import { closeMailTransport, getMailTransport, SMTP_POOL_SIZE, type MailTransport, type OutgoingEmail } from './transport';

// Each row is claimed with a lease, so it is never sent twice concurrently. A worker that dies
// mid-send leaves its lease to expire; the row is then sent again with the same Message-ID.

export const MAX_DELIVERY_ATTEMPTS = 10;
const DEFAULT_BATCH_SIZE = 20;
const LEASE_MS = 60_000;
// Worst case of one SMTP send under transport.ts's timeouts (connection + greeting + socket).
// No send starts with less lease left than that.
const SEND_BUDGET_MS = 40_000;
const RETRY_DELAYS_MS = [5, 30, 120, 600, 1_800, 3_600, 7_200, 14_400, 21_600].map((seconds) => seconds * 1_000);

/** Wait before the next try, after `attempts` failed ones (5 s, 30 s, 2 min, 10 min … 6 h). */
export function getRetryDelay(attempts: number): number {
  return RETRY_DELAYS_MS[Math.min(Math.max(attempts, 1), RETRY_DELAYS_MS.length) - 1];
}

export type DeliveryReport = { sent: number; failed: number };

export type DeliverDueEmailsOptions = {
  batchSize?: number;
  now?: Date;
  transport?: MailTransport;
};

type ClaimedEmail = Omit<OutgoingEmail, 'attachments'> & { template: string; attempts: number; attachments: unknown };

/** `failed` counts failed tries in this run, whether they will be retried or were given up. */
export async function deliverDueEmails(options: DeliverDueEmailsOptions = {}): Promise<DeliveryReport> {
  const { batchSize = DEFAULT_BATCH_SIZE, transport = getMailTransport() } = options;
  const clock = () => options.now ?? new Date();
  const claimed = await claimDueEmails(batchSize, clock());
  const lastSendStart = performance.now() + LEASE_MS - SEND_BUDGET_MS;
  const report: DeliveryReport = { sent: 0, failed: 0 };
  const unsent: ClaimedEmail[] = [];

  // A few sends at once, each on its own pooled SMTP connection: one at a time, the round trips to
  // the SMTP server and the database would bound the outbox to a few dozen emails/s.
  let next = 0;
  const lane = async () => {
    while (next < claimed.length) {
      const email = claimed[next++];
      if (performance.now() > lastSendStart) {
        unsent.push(email);
        continue;
      }
      let messageId: string;
      try {
        const { attachments, ...message } = email;
        ({ messageId } = await transport.deliver({ ...message, attachments: await resolveAttachments(attachments) }));
      } catch (error) {
        await recordFailure(email, error, clock());
        report.failed += 1;
        continue;
      }
      await recordSuccess(email, { messageId, transport: transport.name, now: clock() });
      report.sent += 1;
    }
  };
  await Promise.all(Array.from({ length: Math.min(SMTP_POOL_SIZE, claimed.length) }, lane));
  if (unsent.length) await releaseEmails(unsent);
  return report;
}

async function claimDueEmails(batchSize: number, now: Date): Promise<ClaimedEmail[]> {
  const leaseEnd = new Date(now.getTime() + LEASE_MS);
  // One statement, so one short transaction. SKIP LOCKED hands concurrent workers disjoint rows;
  // the lease keeps a row from being claimed again while it is being sent. Dates are bound as
  // UTC wall-clock values, which is how Prisma stores DateTime in these `timestamp(3)` columns:
  // hence `::timestamp` and no `now()`, whose meaning would follow the session's time zone.
  return db.$queryRaw<ClaimedEmail[]>`
    UPDATE "OutboxEmail" SET "lockedUntil" = ${leaseEnd}::timestamp(3)
    WHERE id IN (
      SELECT id FROM "OutboxEmail"
      WHERE status = 'PENDING'
        AND "nextAttemptAt" <= ${now}::timestamp(3)
        AND ("lockedUntil" IS NULL OR "lockedUntil" < ${now}::timestamp(3))
      ORDER BY "nextAttemptAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING id, template, "to", subject, html, text, attempts, attachments`;
}

// Every update below is guarded by `status = 'PENDING'`: if a lease expired and another worker
// already recorded the outcome, the first record wins.

async function recordSuccess(email: ClaimedEmail, outcome: { messageId: string; transport: string; now: Date }) {
  await db.outboxEmail.updateMany({
    where: { id: email.id, status: 'PENDING' },
    data: {
      status: 'SENT',
      sentAt: outcome.now,
      messageId: outcome.messageId,
      transport: outcome.transport,
      attempts: email.attempts + 1,
      lockedUntil: null,
    },
  });
}

async function recordFailure(email: ClaimedEmail, error: unknown, now: Date) {
  const attempts = email.attempts + 1;
  const lastError = describeErrorSafely(error);
  const givenUp = attempts >= MAX_DELIVERY_ATTEMPTS;
  const nextAttemptAt = new Date(now.getTime() + getRetryDelay(attempts));
  await db.outboxEmail.updateMany({
    where: { id: email.id, status: 'PENDING' },
    data: { attempts, lastError, lockedUntil: null, ...(givenUp ? { status: 'FAILED' } : { nextAttemptAt }) },
  });
  const outcome = givenUp ? 'abandon' : `nouvel essai après ${nextAttemptAt.toISOString()}`;
  console.warn(
    `[courriels] Échec d’envoi du courriel ${email.id} (${email.template}), tentative ${attempts}/${MAX_DELIVERY_ATTEMPTS}, ${outcome} : ${lastError}`,
  );
}

async function releaseEmails(emails: readonly ClaimedEmail[]) {
  await db.outboxEmail.updateMany({
    where: { id: { in: emails.map((email) => email.id) }, status: 'PENDING' },
    data: { lockedUntil: null },
  });
}

export type MailWorkerOptions = {
  pollIntervalMs?: number;
  batchSize?: number;
  transport?: MailTransport;
};

const MAX_ERROR_BACKOFF_MS = 30_000;

/** Returns the stop function, which waits for the batch in progress and closes the SMTP pool. */
export function startMailWorker(options: MailWorkerOptions = {}): () => Promise<void> {
  const { pollIntervalMs = 1_000, batchSize = DEFAULT_BATCH_SIZE } = options;
  let running = true;
  let nudged = false;
  let wake = () => {};
  const stopListening = onMailWorkerNudge(() => {
    nudged = true;
    wake();
  });

  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      if (nudged || !running) return resolve();
      const timer = setTimeout(done, ms);
      function done() {
        clearTimeout(timer);
        wake = () => {};
        resolve();
      }
      wake = done;
    });

  const loop = (async () => {
    let errorsInARow = 0;
    while (running) {
      nudged = false;
      let backlog = false;
      try {
        const report = await deliverDueEmails({ batchSize, transport: options.transport });
        backlog = report.sent + report.failed >= batchSize;
        errorsInARow = 0;
      } catch (error) {
        // The database is unreachable, most likely: say so once, then now and then.
        errorsInARow += 1;
        if (errorsInARow === 1 || errorsInARow % 30 === 0) {
          console.error(`[courriels] File d’envoi inaccessible (${errorsInARow} fois de suite) : ${describeErrorSafely(error)}`);
        }
      }
      if (!backlog) await pause(errorsInARow ? Math.min(pollIntervalMs * 2 ** errorsInARow, MAX_ERROR_BACKOFF_MS) : pollIntervalMs);
    }
  })();

  let stopped: Promise<void> | undefined;
  return () =>
    (stopped ??= (async () => {
      running = false;
      stopListening();
      wake();
      await loop;
      if (!options.transport) closeMailTransport();
    })());
}
