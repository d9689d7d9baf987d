import { randomUUID } from 'node:crypto';
import { createServer, type AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { createConfirmedUser } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { recordStoredFile } from '@/lib/files/record-stored-file';
import { storeGeneratedFile } from '@/lib/dossiers/store-generated-file';
import type { EmailMessage } from './messages';
import { enqueueEmail, enqueueEmails } from './outbox';
import { createMailTransport, SMTP_POOL_SIZE, type MailTransport } from './transport';
import { deliverDueEmails, MAX_DELIVERY_ATTEMPTS } from './worker';

// The database is shared with other test files: every test uses its own recipients and filters by them.

const FROM = 'Guichet <ne-pas-repondre@guichet.test>';
const SMTP_PASSWORD = 'motdepasse-tres-secret';

type SmtpSink = { port: number; messages: ParsedMail[]; close: () => Promise<void> };

async function startSmtpSink(port = 0): Promise<SmtpSink> {
  const messages: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData(stream, _session, callback) {
      // Acknowledged only once stored, so a resolved send means the message is in `messages`.
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return { port: address.port, messages, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function findClosedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

function smtpTransportTo(port: number): MailTransport {
  return createMailTransport({ smtpUrl: `smtp://guichet:${SMTP_PASSWORD}@127.0.0.1:${port}`, from: FROM });
}

const uniqueAddress = () => `${randomUUID()}@exemple.test`;

function resetPasswordMessage(to: string, token: string = randomUUID()): EmailMessage {
  return { template: 'reset-password', to, props: { firstName: 'Camille', url: `http://localhost:3000/mot-de-passe/nouveau?jeton=${token}` } };
}

function receivedBy(sink: SmtpSink, to: string): ParsedMail[] {
  return sink.messages.filter((mail) => {
    const recipients = Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : [];
    return recipients.some((group) => group.value.some((address) => address.address === to));
  });
}

/** Runs the worker until nothing due is left (other test files' rows included). */
async function deliverEverything(transport: MailTransport) {
  for (let round = 0; round < 50; round++) {
    const report = await deliverDueEmails({ batchSize: 50, transport });
    if (report.sent + report.failed === 0) return;
  }
  throw new Error('the outbox did not drain');
}

const findRow = (to: string) => db.outboxEmail.findFirstOrThrow({ where: { to } });

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
});
afterEach(() => {
  warn.mockRestore();
});
afterAll(async () => {
  await db.$disconnect();
});

describe('with the SMTP relay up', () => {
  let sink: SmtpSink;
  let transport: MailTransport;

  beforeAll(async () => {
    sink = await startSmtpSink();
    transport = smtpTransportTo(sink.port);
  });
  afterAll(async () => {
    transport.close();
    await sink.close();
  });

  it('delivers an email from a committed transaction exactly once, even with two workers at once', async () => {
    const to = uniqueAddress();
    await db.$transaction(async (tx) => {
      await enqueueEmail(tx, resetPasswordMessage(to, 'jeton-a'));
    });

    await Promise.all([deliverDueEmails({ batchSize: 50, transport }), deliverDueEmails({ batchSize: 50, transport })]);
    await deliverEverything(transport);

    const received = receivedBy(sink, to);
    expect(received).toHaveLength(1);
    const row = await findRow(to);
    expect(row).toMatchObject({ status: 'SENT', attempts: 1, transport: 'smtp', messageId: `<${row.id}@guichet>`, lockedUntil: null });
    expect(row.sentAt).toBeInstanceOf(Date);
    expect(received[0].messageId).toBe(`<${row.id}@guichet>`);
    expect(received[0].subject).toBe('Réinitialisation de votre mot de passe');
    expect(received[0].from?.text).toContain('ne-pas-repondre@guichet.test');
    expect(received[0].text).toContain('http://localhost:3000/mot-de-passe/nouveau?jeton=jeton-a');
    expect(received[0].html).toContain('lang="fr"');
  });

  it('attaches the stored files named by the row, streamed from storage, with their names', async () => {
    const to = uniqueAddress();
    const owner = await createConfirmedUser();
    const bytes = new TextEncoder().encode('%PDF-1.4 récépissé de test');
    const stored = await storeGeneratedFile(bytes, { name: 'recepisse.pdf', mime: 'application/pdf' });
    const file = await db.$transaction((tx) => recordStoredFile(tx, { ...stored, scanStatus: 'NOT_SCANNED', ownerId: owner.id }));
    await db.$transaction((tx) => enqueueEmail(tx, resetPasswordMessage(to), { attachments: [{ filename: 'recepisse-2026-000001.pdf', fileId: file.id }] }));

    await deliverEverything(transport);

    const [received] = receivedBy(sink, to);
    expect(received.attachments.map((attachment) => [attachment.filename, attachment.contentType])).toEqual([['recepisse-2026-000001.pdf', 'application/pdf']]);
    expect(Buffer.compare(received.attachments[0].content, Buffer.from(bytes))).toBe(0);
  });

  it('never attaches a file the antivirus has not cleared: a PENDING one waits, an INFECTED one is left out', async () => {
    const owner = await createConfirmedUser();
    const bytes = new TextEncoder().encode('%PDF-1.4 pièce de test');
    const enqueueWith = async (scanStatus: 'PENDING' | 'INFECTED') => {
      const to = uniqueAddress();
      const stored = await storeGeneratedFile(bytes, { name: 'piece.pdf', mime: 'application/pdf' });
      const file = await db.$transaction((tx) => recordStoredFile(tx, { ...stored, scanStatus, ownerId: owner.id }));
      await db.$transaction((tx) => enqueueEmail(tx, resetPasswordMessage(to), { attachments: [{ filename: 'piece.pdf', fileId: file.id }] }));
      return { to, fileId: file.id };
    };
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const pending = await enqueueWith('PENDING');
    const infected = await enqueueWith('INFECTED');
    await deliverDueEmails({ batchSize: 50, transport });
    expect(receivedBy(sink, pending.to)).toHaveLength(0);
    expect(await findRow(pending.to)).toMatchObject({ status: 'PENDING', attempts: 1 });
    const [received] = receivedBy(sink, infected.to);
    expect(received.attachments).toEqual([]);

    await db.storedFile.update({ where: { id: pending.fileId }, data: { scanStatus: 'CLEAN' } });
    await db.outboxEmail.updateMany({ where: { to: pending.to }, data: { nextAttemptAt: new Date() } });
    await deliverDueEmails({ batchSize: 50, transport });
    expect(receivedBy(sink, pending.to)[0].attachments.map((attachment) => attachment.filename)).toEqual(['piece.pdf']);
  });

  it('keeps an email whose attachment is missing for a later try', async () => {
    const to = uniqueAddress();
    await db.$transaction((tx) => enqueueEmail(tx, resetPasswordMessage(to), { attachments: [{ filename: 'absent.pdf', fileId: randomUUID() }] }));
    await deliverDueEmails({ batchSize: 50, transport });
    expect(receivedBy(sink, to)).toHaveLength(0);
    expect(await findRow(to)).toMatchObject({ status: 'PENDING', attempts: 1 });
    await db.outboxEmail.deleteMany({ where: { to } });
  });

  it('gives concurrent workers disjoint emails', async () => {
    const recipients = Array.from({ length: 12 }, uniqueAddress);
    await db.$transaction((tx) =>
      enqueueEmails(
        tx,
        recipients.map((to) => resetPasswordMessage(to)),
      ),
    );

    // Small batches so that the four workers really compete for the same rows.
    const drain = async () => {
      while ((await deliverDueEmails({ batchSize: 2, transport })).sent > 0);
    };
    await Promise.all([drain(), drain(), drain(), drain()]);
    await deliverEverything(transport);

    for (const to of recipients) expect(receivedBy(sink, to)).toHaveLength(1);
    const rows = await db.outboxEmail.findMany({ where: { to: { in: recipients } } });
    expect(rows.map((row) => row.status)).toEqual(recipients.map(() => 'SENT'));
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
  });

  it('sends a batch a few at a time, never more at once than the SMTP pool holds', async () => {
    const recipients = Array.from({ length: 12 }, uniqueAddress);
    await db.$transaction((tx) =>
      enqueueEmails(
        tx,
        recipients.map((to) => resetPasswordMessage(to)),
      ),
    );
    let inFlight = 0;
    let mostInFlight = 0;
    const counting: MailTransport = {
      ...transport,
      deliver: async (email) => {
        mostInFlight = Math.max(mostInFlight, ++inFlight);
        try {
          return await transport.deliver(email);
        } finally {
          inFlight--;
        }
      },
    };

    await deliverDueEmails({ batchSize: 12, transport: counting });
    await deliverEverything(transport);

    expect(mostInFlight).toBe(SMTP_POOL_SIZE);
    for (const to of recipients) expect(receivedBy(sink, to)).toHaveLength(1);
  });

  it('never sends an email whose transaction rolled back', async () => {
    const to = uniqueAddress();
    await expect(
      db.$transaction(async (tx) => {
        await enqueueEmail(tx, resetPasswordMessage(to));
        throw new Error('annulation');
      }),
    ).rejects.toThrow('annulation');

    await deliverEverything(transport);

    expect(await db.outboxEmail.count({ where: { to } })).toBe(0);
    expect(receivedBy(sink, to)).toHaveLength(0);
  });

  it('leaves an email leased by another worker alone until the lease expires', async () => {
    const to = uniqueAddress();
    await db.$transaction((tx) => enqueueEmail(tx, resetPasswordMessage(to)));
    const { id } = await findRow(to);
    // As if a worker had claimed it and then died.
    await db.outboxEmail.update({ where: { id }, data: { lockedUntil: new Date(Date.now() + 60_000) } });

    await deliverEverything(transport);
    expect(receivedBy(sink, to)).toHaveLength(0);

    await db.outboxEmail.update({ where: { id }, data: { lockedUntil: new Date(Date.now() - 1_000) } });
    await deliverEverything(transport);
    expect(receivedBy(sink, to)).toHaveLength(1);
  });
});

describe('with the SMTP relay down', () => {
  it('keeps the email, retries later with backoff, then delivers it once', async () => {
    const port = await findClosedPort();
    const transport = smtpTransportTo(port);
    const to = uniqueAddress();
    await db.$transaction((tx) => enqueueEmail(tx, resetPasswordMessage(to, 'jeton-c')));
    const before = Date.now();

    await deliverEverything(transport);

    let row = await findRow(to);
    expect(row).toMatchObject({ status: 'PENDING', attempts: 1, lockedUntil: null, sentAt: null });
    expect(row.lastError).toMatch(/ECONNREFUSED/);
    expect(row.lastError).not.toContain(SMTP_PASSWORD);
    expect(row.nextAttemptAt.getTime()).toBeGreaterThanOrEqual(before + 4_000);

    // One log line for the failure, without the password, the token or the body.
    const lines = warn.mock.calls.map((call) => call.join(' ')).filter((line) => line.includes(row.id));
    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(SMTP_PASSWORD);
    expect(lines[0]).not.toContain('jeton-c');
    expect(lines[0]).not.toContain('Bonjour');

    // Not due yet: left alone.
    await deliverEverything(transport);
    expect((await findRow(to)).attempts).toBe(1);

    const sink = await startSmtpSink(port);
    try {
      await db.outboxEmail.update({ where: { id: row.id }, data: { nextAttemptAt: new Date(Date.now() - 1_000) } });
      await deliverEverything(transport);

      expect(receivedBy(sink, to)).toHaveLength(1);
      row = await findRow(to);
      expect(row).toMatchObject({ status: 'SENT', attempts: 2, transport: 'smtp' });

      await db.outboxEmail.update({ where: { id: row.id }, data: { nextAttemptAt: new Date(Date.now() - 1_000) } });
      await deliverEverything(transport);
      expect(receivedBy(sink, to)).toHaveLength(1);
    } finally {
      transport.close();
      await sink.close();
    }
  });

  it('gives up after the last attempt', async () => {
    const transport = smtpTransportTo(await findClosedPort());
    const to = uniqueAddress();
    await db.$transaction((tx) => enqueueEmail(tx, resetPasswordMessage(to)));
    const { id } = await findRow(to);
    await db.outboxEmail.update({ where: { id }, data: { attempts: MAX_DELIVERY_ATTEMPTS - 1 } });

    try {
      await deliverEverything(transport);
      const row = await findRow(to);
      expect(row).toMatchObject({ status: 'FAILED', attempts: MAX_DELIVERY_ATTEMPTS, lockedUntil: null });
      expect(row.lastError).toBeTruthy();

      // A failed email is never picked up again.
      await deliverDueEmails({ batchSize: 50, transport, now: new Date(Date.now() + 7 * 24 * 3_600_000) });
      expect((await findRow(to)).attempts).toBe(MAX_DELIVERY_ATTEMPTS);
    } finally {
      transport.close();
    }
  });
});

describe('with the built-in catcher', () => {
  it('marks the email sent and keeps it in the outbox', async () => {
    const to = uniqueAddress();
    await db.$transaction((tx) => enqueueEmail(tx, resetPasswordMessage(to)));

    await deliverEverything(createMailTransport({ from: FROM }));

    const row = await findRow(to);
    expect(row).toMatchObject({ status: 'SENT', transport: 'catcher', messageId: `<${row.id}@guichet>`, attempts: 1 });
    expect(row.html).toContain('Réinitialisation de votre mot de passe');
  });
});
