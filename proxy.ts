import { type NextRequest, NextResponse } from 'next/server';
import { catalogueKey } from '@/lib/procedures/catalogue-key';

// The catalogue and its searches are cached pages: /demarches?… is served by /catalogue/<key>,
// the query turned into a path segment (lib/procedures/catalogue-key.ts). Runs for /demarches only.
export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.pathname = `/catalogue/${catalogueKey(request.nextUrl.searchParams)}`;
  url.search = '';
  return NextResponse.rewrite(url);
}

export const config = { matcher: '/demarches' };
