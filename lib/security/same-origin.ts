// Route handlers get no CSRF protection from Next.js (only server actions compare Origin with
// the host; vercel/next.js #101245). A state-changing route handler accepts a request only when
// the browser says it comes from this site: Origin equal to APP_URL's origin, or to the host the
// request was sent to. No Origin (or `null`, from sandboxed frames and some redirects) is refused:
// every browser sends it on POST.

export function isSameOriginRequest(headers: Headers, appUrl: string): boolean {
  const origin = headers.get('origin');
  if (!origin || origin === 'null' || !URL.canParse(origin)) return false;
  const from = new URL(origin);
  if (from.origin === new URL(appUrl).origin) return true;
  const host = headers.get('host');
  return host !== null && from.host === host.trim().toLowerCase();
}

/** The answer of a route handler to a request that another site made a browser send. */
export function foreignOriginResponse(): Response {
  return Response.json({ error: 'Requête refusée : elle ne provient pas de ce site.' }, { status: 403 });
}
