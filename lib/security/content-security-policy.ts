// The one Content-Security-Policy (docs/decisions/005-security-headers.md). Public pages are cached
// and the same for everyone, so their scripts are allowed inline ('unsafe-inline'); the signed-in
// areas are rendered for each request anyway and get a nonce instead (proxy.ts), with which Next.js
// marks its own scripts: a script injected into them does not run.

export type ScriptPolicy = { dev: boolean } & ({ nonce: string; hashes: string[] } | { nonce?: undefined });

export function contentSecurityPolicy(policy: ScriptPolicy): string {
  const eval_ = policy.dev ? " 'unsafe-eval'" : '';
  const scripts = policy.nonce
    ? `script-src 'nonce-${policy.nonce}' ${policy.hashes.map((hash) => `'${hash}'`).join(' ')} 'strict-dynamic'${eval_}`
    : `script-src 'self' 'unsafe-inline'${eval_}`;
  return [
    "default-src 'self'",
    scripts,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Paths whose pages get the nonce policy: rendered per request, behind a sign-in. */
export function isSignedInArea(pathname: string): boolean {
  return /^\/(mon-compte|instruction)(\/|$)/.test(pathname);
}
