import { createHash, randomBytes } from 'node:crypto';
import { type NextRequest, NextResponse } from 'next/server';
import { VIEWER_HINT_SCRIPT } from '@/components/layout/viewer-hint';
import { catalogueKey } from '@/lib/procedures/catalogue-key';
import { contentSecurityPolicy, isSignedInArea } from '@/lib/security/content-security-policy';

// Two jobs, each on its own paths (see the matcher).
//
// The catalogue's searches are cached pages: /demarches?… is served by /catalogue/<key>, the query
// turned into a path segment (lib/procedures/catalogue-key.ts). Runs for /demarches with a query
// only (a proxy costs about two milliseconds a request): next.config.ts rewrites /demarches alone and
// a plain search, which the matcher below leaves to it.
export function proxy(request: NextRequest) {
  if (isSignedInArea(request.nextUrl.pathname)) return withScriptNonce(request);
  const url = request.nextUrl.clone();
  url.pathname = `/catalogue/${catalogueKey(request.nextUrl.searchParams)}`;
  url.search = '';
  return NextResponse.rewrite(url);
}

// The layout's one inline script of ours is allowed by its hash; Next.js puts the nonce it reads
// from the request's CSP on its own scripts.
const VIEWER_HINT_HASH = `sha256-${createHash('sha256').update(VIEWER_HINT_SCRIPT).digest('base64')}`;
const DEV = process.env.NODE_ENV === 'development';

function withScriptNonce(request: NextRequest) {
  const policy = contentSecurityPolicy({ dev: DEV, nonce: randomBytes(16).toString('base64'), hashes: [VIEWER_HINT_HASH] });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('Content-Security-Policy', policy);
  return response;
}

// Written out: Next.js reads the matcher from the source, without running it.
export const config = {
  matcher: [
    '/mon-compte',
    '/mon-compte/:path*',
    '/instruction',
    '/instruction/:path*',
    { source: '/demarches', has: [{ type: 'query', key: 'public' }] },
    { source: '/demarches', has: [{ type: 'query', key: 'page' }] },
    // The searches next.config.ts cannot write as a key (its rewrite runs after this proxy).
    { source: '/demarches', has: [{ type: 'query', key: 'recherche', value: '(.*[&=+%].*|.{201,})' }] },
  ],
};
