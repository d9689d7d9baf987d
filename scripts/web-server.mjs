// The production web server: Next.js's request handler behind a plain node:http server, so that
// `x-forwarded-for` always ends with the real socket address. `next start` only fills that header
// when the client did not send one, which would let anyone choose the IP that throttling sees.
// lib/security/client-ip.ts reads it, trusting TRUST_PROXY hops. Plain JS: it runs without tsx.
import { createServer } from 'node:http';
import next from 'next';

const hostname = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
const trustProxy = Number(process.env.TRUST_PROXY || 0);

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  const forwarded = trustProxy > 0 ? req.headers['x-forwarded-for'] : undefined;
  req.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${socketAddress}` : socketAddress;
  void handle(req, res);
});
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.log(`Prêt sur http://${hostname}:${port}`));

// Started by `npm start`, which holds the embedded database: never outlive it.
const parentPid = Number(process.env.GUICHET_PARENT_PID || 0);
if (parentPid) setInterval(() => process.ppid !== parentPid && process.exit(1), 1_000).unref();

for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, async () => {
    // Let the in-process background jobs (instrumentation.ts) finish the work in progress.
    await globalThis.__guichetJobs?.stop?.();
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
