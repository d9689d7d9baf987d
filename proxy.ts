import { type NextRequest, NextResponse } from 'next/server';
import { catalogueKey } from '@/lib/procedures/catalogue-key';

// The catalogue's searches are cached pages: /demarches?… is served by /catalogue/<key>, the query
// turned into a path segment (lib/procedures/catalogue-key.ts). Runs for /demarches with a query
// only (a proxy costs about two milliseconds a request): next.config.ts rewrites /demarches alone and
// a plain search, which the matcher below leaves to it.
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = `/catalogue/${catalogueKey(request.nextUrl.searchParams)}`;
  url.search = '';
  return NextResponse.rewrite(url);
}

// Written out: Next.js reads the matcher from the source, without running it.
export const config = {
  matcher: [
    { source: '/demarches', has: [{ type: 'query', key: 'public' }] },
    { source: '/demarches', has: [{ type: 'query', key: 'page' }] },
    // The searches next.config.ts cannot write as a key (its rewrite runs after this proxy).
    { source: '/demarches', has: [{ type: 'query', key: 'recherche', value: '(.*[&=+%].*|.{201,})' }] },
  ],
};
