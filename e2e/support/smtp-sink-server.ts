import { createServer, type Server } from 'node:http';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

// A real SMTP server for the end-to-end and resilience tests (the app delivers to it through
// SMTP_URL), with a small HTTP API to read what arrived: GET /messages?to=<address>,
// GET /messages/count, DELETE /messages; and to play an outage: POST /smtp/stop closes the SMTP
// port (connections in progress are cut), POST /smtp/start opens it again. What arrived is kept
// across an outage.
// Run as a process by playwright.config.ts: node --import tsx e2e/support/smtp-sink-server.ts SMTP_PORT HTTP_PORT

export type SunkAttachment = { filename: string; contentType: string; size: number; startsWith: string };
export type SunkMessage = {
  to: string[];
  from: string;
  subject: string;
  text: string;
  html: string;
  messageId: string;
  receivedAt: string;
  attachments: SunkAttachment[];
};

function startSmtpSink({ smtpPort, httpPort }: { smtpPort: number; httpPort: number }) {
  let messages: SunkMessage[] = [];
  const createSmtp = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // A stop cuts the open connections at once, as a relay that goes down would.
      closeTimeout: 100,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((mail) => {
            const addresses = [mail.to ?? []].flat().flatMap((group) => group.value.map((a) => (a.address ?? '').toLowerCase()));
            messages.push({
              to: addresses,
              from: mail.from?.text ?? '',
              subject: mail.subject ?? '',
              text: mail.text ?? '',
              html: typeof mail.html === 'string' ? mail.html : '',
              messageId: mail.messageId ?? '',
              receivedAt: new Date().toISOString(),
              // Names, types and the first bytes (« %PDF- »): enough to check what was attached.
              attachments: mail.attachments.map((a) => ({
                filename: a.filename ?? '',
                contentType: a.contentType,
                size: a.size,
                startsWith: a.content.subarray(0, 8).toString('latin1'),
              })),
            });
            callback();
          })
          .catch(callback);
      },
    });
  let smtp: SMTPServer | null = null;
  const startSmtp = () =>
    new Promise<void>((resolve, reject) => {
      if (smtp) return resolve();
      const server = createSmtp();
      server.once('error', reject);
      server.listen(smtpPort, '127.0.0.1', () => {
        server.off('error', reject);
        // A connection cut by a stop (or by a client) must not end the sink.
        server.on('error', (error: Error) => console.error(`SMTP sink: ${error.message}`));
        smtp = server;
        resolve();
      });
    });
  const stopSmtp = () =>
    new Promise<void>((resolve) => {
      const server = smtp;
      smtp = null;
      if (!server) return resolve();
      server.close(() => resolve());
    });
  const http: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://sink');
    if (req.method === 'POST' && (url.pathname === '/smtp/stop' || url.pathname === '/smtp/start')) {
      (url.pathname === '/smtp/stop' ? stopSmtp() : startSmtp()).then(
        () => res.writeHead(204).end(),
        (error: Error) => res.writeHead(500).end(error.message),
      );
      return;
    }
    if (req.method === 'DELETE' && url.pathname === '/messages') {
      messages = [];
      res.writeHead(204).end();
      return;
    }
    if (url.pathname === '/messages/count') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ count: messages.length }));
      return;
    }
    if (url.pathname === '/messages') {
      const to = url.searchParams.get('to')?.toLowerCase();
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(to ? messages.filter((m) => m.to.includes(to)) : messages));
      return;
    }
    res.writeHead(url.pathname === '/health' ? 200 : 404).end();
  });
  void startSmtp();
  http.listen(httpPort, '127.0.0.1');
  return { close: () => Promise.all([stopSmtp(), new Promise((r) => http.close(() => r(null)))]) };
}

const smtpPort = Number(process.argv[2] ?? 2525);
const httpPort = Number(process.argv[3] ?? 2580);
const sink = startSmtpSink({ smtpPort, httpPort });
process.once('SIGTERM', () => void sink.close().then(() => process.exit(0)));
console.log(`SMTP sink: smtp://127.0.0.1:${smtpPort}, messages at http://127.0.0.1:${httpPort}/messages`);
