// Next.js checks Origin for server actions only, not for route handlers. No Origin (or `null`,
// from sandboxed frames and some redirects) is refused: every browser sends it on POST.

export function isSameOriginRequest(headers: Headers, appUrl: string): boolean {
  const origin = headers.get('origin');
  if (!origin || origin === 'null' || !URL.canParse(origin)) return false;
  const from = new URL(origin);
  if (from.origin === new URL(appUrl).origin) return true;
  const host = headers.get('host');
  return host !== null && from.host === host.trim().toLowerCase();
}

export function foreignOriginResponse(): Response {
  return Response.json({ error: 'Requête refusée : elle ne provient pas de ce site.' }, { status: 403 });
}
