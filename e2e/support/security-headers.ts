import type { APIResponse } from '@playwright/test';

// The headers of security-checks.md §1 checks 23 to 26 (DESIGN.md's baseline), checked on one
// response: what is wrong with it, as sentences (an empty list when all is well).

const ONE_YEAR = 31_536_000;

/** The inline preview of a file may be framed by our own pages: its CSP is lib/files/preview-headers.ts's. */
export function isPreviewPath(pathname: string): boolean {
  return /^\/api\/fichiers\/[^/]+\/apercu$/.test(pathname);
}

export function securityHeaderProblems(response: APIResponse, options: { signedIn: boolean }): string[] {
  const headers = response.headers();
  const pathname = new URL(response.url()).pathname;
  const problems: string[] = [];
  const hsts = headers['strict-transport-security'] ?? '';
  const maxAge = Number(/max-age=(\d+)/i.exec(hsts)?.[1] ?? 0);
  if (maxAge < ONE_YEAR || !/;\s*includeSubDomains/i.test(hsts)) problems.push(`HSTS « ${hsts} »`);
  if (headers['x-content-type-options'] !== 'nosniff') problems.push(`X-Content-Type-Options « ${headers['x-content-type-options'] ?? ''} »`);
  if (!headers['referrer-policy']) problems.push('pas de Referrer-Policy');

  const csp = headers['content-security-policy'] ?? '';
  const directives = isPreviewPath(pathname)
    ? ["default-src 'none'", "base-uri 'none'", "frame-ancestors 'self'"]
    : ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];
  const missing = directives.filter((directive) => !csp.split(';').map((part) => part.trim()).includes(directive));
  if (missing.length) problems.push(`CSP sans ${missing.join(', ')} : « ${csp} »`);

  // Whatever a signed-in person receives may be about them: never kept by a shared or local cache.
  if (options.signedIn && !/\bno-store\b/.test(headers['cache-control'] ?? '')) problems.push(`Cache-Control « ${headers['cache-control'] ?? ''} » sans no-store`);
  return problems;
}
