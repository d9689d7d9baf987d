// The production web server: Next.js's request handler behind a plain node:http server, so that
// `x-forwarded-for` always ends with the real socket address. `next start` only fills that header
// when the client did not send one, which would let anyone choose the IP that throttling sees.
// lib/security/client-ip.ts reads it, trusting TRUST_PROXY hops. Plain JS: it runs without tsx.
import { AsyncLocalStorage } from 'node:async_hooks';
import { createServer } from 'node:http';
import next from 'next';

const hostname = process.env.HOST || '127.0.0.1';
const port = Number(process.env.PORT || 3000);
const trustProxy = Number(process.env.TRUST_PROXY || 0);

// Next.js answers 500 to what it cannot decode: a path with invalid percent-encoding, a server
// action body over its limit or that is not what a browser sends. Those are the client's mistakes:
// they are refused here, in French, with the status that says so.
const ACTION_BODY_LIMIT = 1024 * 1024; // serverActions.bodySizeLimit, Next.js's default

function refuse(res, { status, message }) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(message);
}

function refuseMalformedPath(req) {
  try {
    decodeURIComponent(new URL(req.url ?? '/', 'http://guichet').pathname);
    return null;
  } catch {
    return { status: 400, message: 'Cette adresse est mal formée : vérifiez le lien ou retournez à l’accueil.' };
  }
}

/** Reads the whole body (browsers always send its length), checks it, and puts it back for Next.js. */
async function refuseMalformedAction(req) {
  if (req.method !== 'POST') return null;
  if (req.headers['content-length'] === undefined) return { status: 411, message: 'La longueur de la requête est manquante.' };
  const length = Number(req.headers['content-length']);
  if (length > ACTION_BODY_LIMIT) return { status: 413, message: 'Le formulaire envoyé est trop volumineux (1 Mo au plus).' };
  if (length === 0) return null;
  const body = await new Promise((resolve) => {
    const chunks = [];
    let size = 0;
    const finish = () => {
      req.off('readable', onReadable);
      req.off('end', finish);
      const read = Buffer.concat(chunks);
      // Put back before 'end' is emitted: Next.js then reads the body as if untouched.
      if (!req.readableEnded) req.unshift(read);
      resolve(read);
    };
    const onReadable = () => {
      for (let chunk = req.read(); chunk !== null; chunk = req.read()) {
        chunks.push(chunk);
        size += chunk.length;
      }
      if (size >= length) finish();
    };
    req.on('readable', onReadable);
    req.on('end', finish);
  });
  if (body.length !== length) return { status: 400, message: 'La requête est incomplète.' };
  const type = req.headers['content-type'] ?? '';
  try {
    if (!type.startsWith('multipart/form-data')) return { status: 415, message: UNREADABLE };
    const form = await new Response(body, { headers: { 'content-type': type } }).formData();
    const root = form.get('0');
    if (typeof root !== 'string' || !isActionArguments(JSON.parse(root))) return { status: 400, message: UNREADABLE };
    return null;
  } catch {
    return { status: 400, message: UNREADABLE };
  }
}

const UNREADABLE = 'Le formulaire envoyé est illisible\u00a0: rechargez la page et recommencez.';

/**
 * Every action of the product is called as (previous state, form) (lib/actions/define-action.ts),
 * which React sends as a multipart body whose field `0` is `[state, "$K…"]`. Anything else, or a
 * state holding a React reference (a string starting with one `$`), is a hand-made request that
 * React's decoder would turn into a 500.
 */
function isActionArguments(args) {
  return Array.isArray(args) && args.length === 2 && typeof args[1] === 'string' && /^\$K[0-9a-f]+$/.test(args[1]) && isPlainValue(args[0]);
}

function isPlainValue(value) {
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return true;
  if (typeof value === 'string') return !value.startsWith('$') || value.startsWith('$$') || value === '$undefined';
  if (Array.isArray(value)) return value.every(isPlainValue);
  return typeof value === 'object' && Object.values(value).every(isPlainValue);
}

// A throttled server action (lib/actions/too-many-requests.ts) writes its wait in this per-request
// store; Next.js then answers 200 (it sets an action's status itself), turned here into 429 with
// `Retry-After`. The body is untouched: React reads the action's result whatever the status, and a
// browser without JavaScript shows the page with the French message. A redirect or an error keeps
// its own status. docs/decisions/032-throttled-action-status.md.
const responseMarks = new AsyncLocalStorage();
globalThis[Symbol.for('guichet.response-marks')] = responseMarks;

function answerThrottledActionWith429(res, marks) {
  const writeHead = res.writeHead;
  res.writeHead = function (status, ...rest) {
    if (status !== 200 || !marks.retryAfterSeconds) return writeHead.call(this, status, ...rest);
    this.setHeader('retry-after', String(marks.retryAfterSeconds));
    // Drop a reason phrase (« OK ») meant for 200: Node then writes « Too Many Requests ».
    return writeHead.call(this, 429, ...(typeof rest[0] === 'string' ? rest.slice(1) : rest));
  };
}

const app = next({ dev: false, hostname, port });
await app.prepare();
const handle = app.getRequestHandler();

const server = createServer(async (req, res) => {
  const socketAddress = req.socket.remoteAddress ?? 'unknown';
  const forwarded = trustProxy > 0 ? req.headers['x-forwarded-for'] : undefined;
  req.headers['x-forwarded-for'] = forwarded ? `${forwarded}, ${socketAddress}` : socketAddress;
  const refusal = refuseMalformedPath(req) ?? (req.headers['next-action'] ? await refuseMalformedAction(req) : null);
  if (refusal) return refuse(res, refusal);
  // Actions are POSTs: with JavaScript (header Next-Action) or a form posted without it.
  if (req.method !== 'POST') return void handle(req, res);
  const marks = {};
  answerThrottledActionWith429(res, marks);
  responseMarks.run(marks, () => void handle(req, res));
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
