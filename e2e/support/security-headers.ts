import type { APIResponse } from '@playwright/test';

// The headers of docs/security.md §1 checks 23 to 26, checked on one
// response: what is wrong with it, as sentences (an empty list when all is well).

const ONE_YEAR = 31_536_000;

/** The inline preview of a file may be framed by our own pages: its CSP is lib/files/preview-headers.ts's. */
export function isPreviewPath(pathname: string): boolean {
  return /^\/api\/fichiers\/[^/]+\/apercu$/.test(pathname);
}

/**
 * `signedIn`: the response went to a signed-in person, whose `personal` data (email, id) must not
 * be in a response a cache may keep; `body` is that response's text when it is cacheable.
 */
export function securityHeaderProblems(response: APIResponse, options: { signedIn: boolean; personal?: string[]; body?: string }): string[] {
  const headers = response.headers();
  const pathname = new URL(response.url()).pathname;
  const problems: string[] = [];
  const hsts = headers['strict-transport-security'] ?? '';
  const maxAge = Number(/max-age=(\d+)/i.exec(hsts)?.[1] ?? 0);
  if (maxAge < ONE_YEAR || !/;\s*includeSubDomains/i.test(hsts)) problems.push(`HSTS « ${hsts} »`);
  if (headers['x-content-type-options'] !== 'nosniff') problems.push(`X-Content-Type-Options « ${headers['x-content-type-options'] ?? ''} »`);
  if (!headers['referrer-policy']) problems.push('pas de Referrer-Policy');

  const csp = headers['content-security-policy'] ?? '';
  const directives = isPreviewPath(pathname)
    ? ["default-src 'none'", "base-uri 'none'", "frame-ancestors 'self'"]
    : ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'"];
  const missing = directives.filter(
    (directive) =>
      !csp
        .split(';')
        .map((part) => part.trim())
        .includes(directive),
  );
  if (missing.length) problems.push(`CSP sans ${missing.join(', ')} : « ${csp} »`);

  // What a signed-in person receives is never kept by a cache (no-store), unless it is a page that
  // is the same for everyone (public static pages: the header asks for the viewer by itself) —
  // then it holds nothing of theirs.
  if (options.signedIn && !isNotStored(headers['cache-control'])) {
    if (options.body === undefined) problems.push(`Cache-Control « ${headers['cache-control'] ?? ''} » sans no-store (contenu non vérifié)`);
    else if ((options.personal ?? []).some((value) => options.body!.includes(value)))
      problems.push(`Cache-Control « ${headers['cache-control'] ?? ''} » sans no-store, sur une réponse qui contient des données de la personne`);
  }
  return problems;
}

export function isNotStored(cacheControl: string | undefined): boolean {
  return /\bno-store\b/.test(cacheControl ?? '');
}
