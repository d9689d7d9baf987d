import 'server-only';
import nodemailer from 'nodemailer';
import { env } from '@/lib/env';
import type { OutgoingAttachment } from './attachments';
import { assertSingleRecipient, toSingleLine } from './headers';
import { describeErrorSafely } from './redact';

export type OutgoingEmail = { id: string; to: string; subject: string; html: string; text: string; attachments?: readonly OutgoingAttachment[] };

export type MailTransport = {
  readonly name: 'smtp' | 'catcher';
  /** Resolves once the relay accepted the message; rejects with a message safe to store and log. */
  deliver(email: OutgoingEmail): Promise<{ messageId: string }>;
  close(): void;
};

/** Derived from the outbox row, so that a message sent again after a crash keeps its Message-ID. */
export function outboxMessageId(outboxId: string): string {
  return `<${outboxId}@guichet>`;
}

/** The built-in catcher: the outbox row is the kept copy, shown at /dev/courriels. */
const catcherTransport: MailTransport = {
  name: 'catcher',
  deliver: async (email) => ({ messageId: outboxMessageId(email.id) }),
  close: () => {},
};

// Pooled connections, and timeouts well inside the worker's 60 s lease: nodemailer's default
// socket timeout is 1 hour, and a send still running when the lease ends could be duplicated by
// another worker. A URL parameter of the same name wins.
/** Connections of the SMTP pool, and so the sends the worker runs at once (worker.ts). */
export const SMTP_POOL_SIZE = 5;
const SMTP_DEFAULTS = { pool: 'true', maxConnections: String(SMTP_POOL_SIZE), connectionTimeout: '10000', greetingTimeout: '10000', socketTimeout: '20000' };

function withSmtpDefaults(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  for (const [key, value] of Object.entries(SMTP_DEFAULTS)) {
    if (!url.searchParams.has(key)) url.searchParams.set(key, value);
  }
  return url.toString();
}

function credentialsOf(smtpUrl: string): string[] {
  const url = new URL(smtpUrl);
  return [url.password, decodeURIComponent(url.password)].filter(Boolean);
}

/** SMTP when `smtpUrl` is given, otherwise the catcher. Reads no environment: tests pass their own. */
export function createMailTransport(options: { smtpUrl?: string; from: string }): MailTransport {
  const { smtpUrl, from } = options;
  if (!smtpUrl) return catcherTransport;
  const transporter = nodemailer.createTransport(withSmtpDefaults(smtpUrl));
  const secrets = credentialsOf(smtpUrl);
  return {
    name: 'smtp',
    async deliver(email) {
      const messageId = outboxMessageId(email.id);
      try {
        const attachments = await Promise.all(
          (email.attachments ?? []).map(async (attachment) => ({
            filename: attachment.filename,
            contentType: attachment.contentType,
            content: await attachment.open(),
          })),
        );
        const info = await transporter.sendMail({
          from,
          to: assertSingleRecipient(email.to),
          subject: toSingleLine(email.subject),
          html: email.html,
          text: email.text,
          messageId,
          attachments,
        });
        if (info.rejected.length > 0) throw new Error(`Destinataire refusé par le relais : ${info.response ?? ''}`);
        return { messageId };
      } catch (error) {
        throw new Error(describeErrorSafely(error, secrets));
      }
    },
    close: () => transporter.close(),
  };
}

const globalForTransport = globalThis as unknown as { __guichetMailTransport?: MailTransport };

export function getMailTransport(): MailTransport {
  globalForTransport.__guichetMailTransport ??= createMailTransport({ smtpUrl: env.SMTP_URL, from: env.MAIL_FROM });
  return globalForTransport.__guichetMailTransport;
}

/** Closes the pooled connections so that the process can exit; the next use reopens. */
export function closeMailTransport(): void {
  globalForTransport.__guichetMailTransport?.close();
  globalForTransport.__guichetMailTransport = undefined;
}
