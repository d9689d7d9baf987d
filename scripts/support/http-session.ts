import { readFileSync } from 'node:fs';
import path from 'node:path';

// As the page's own JavaScript does: cookies kept between requests, server actions POSTed with
// their id (read in the build's manifest) to their own page.

export type Cookies = Map<string, string>;

export const cookieHeader = (cookies: Cookies) => [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');

export function keepCookies(cookies: Cookies, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const index = pair.indexOf('=');
    cookies.set(pair.slice(0, index).trim(), pair.slice(index + 1).trim());
  }
}

export function serverActionId(file: string, exportedName: string, distDir = '.next'): string {
  const manifest = JSON.parse(readFileSync(path.join(distDir, 'server/server-reference-manifest.json'), 'utf8')) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, action]) => action.filename === file && action.exportedName === exportedName);
  if (!entry) throw new Error(`Action ${exportedName} introuvable dans ${file}`);
  return entry[0];
}

export type ServerAction = { file: string; name: string; path: string };

export const LOGIN_ACTION: ServerAction = { file: 'app/(auth)/connexion/actions.ts', name: 'loginAction', path: '/connexion' };

const BOUNDARY = '----guichet-script-boundary';

/**
 * A form action's multipart body: the form's fields, then the root arguments — `[previousState,
 * formData]` for a useActionState action (the default), `['$K1']` for a plain `<form action>`.
 */
export function actionBody(fields: Record<string, string>, root: unknown[] = [null, '$K1']): string {
  const parts = Object.entries(fields).map(([name, value]) => `--${BOUNDARY}\r\nContent-Disposition: form-data; name="_1_${name}"\r\n\r\n${value}\r\n`);
  parts.push(`--${BOUNDARY}\r\nContent-Disposition: form-data; name="0"\r\n\r\n${JSON.stringify(root)}\r\n--${BOUNDARY}--\r\n`);
  return parts.join('');
}

export function actionHeaders(
  base: string,
  action: Pick<ServerAction, 'file' | 'name'>,
  cookies?: Cookies,
  contentType = `multipart/form-data; boundary=${BOUNDARY}`,
): Record<string, string> {
  return {
    'Next-Action': serverActionId(action.file, action.name),
    Origin: base,
    'Content-Type': contentType,
    ...(cookies?.size ? { Cookie: cookieHeader(cookies) } : {}),
  };
}

export type ActionRequestOptions = { root?: unknown[]; timeoutMs?: number };

/** POSTs a form action with `fields`; keeps the cookies it sets. The body is read (and returned). */
export async function postAction(base: string, action: ServerAction, fields: Record<string, string>, cookies: Cookies, options: ActionRequestOptions = {}) {
  const response = await fetch(`${base}${action.path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: actionHeaders(base, action, cookies),
    body: actionBody(fields, options.root),
    signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
  });
  keepCookies(cookies, response);
  return { response, text: await response.text() };
}

export function actionRedirect(response: Response): string | null {
  const target = response.headers.get('x-action-redirect') ?? response.headers.get('location');
  return target ? target.split(';')[0] : null;
}

/** Proves the sign-in: a page of the signed-in area answers 200, not a redirect to /connexion. */
export async function signIn(
  base: string,
  credentials: { email: string; password: string; secondStep?: ServerAction & { code: () => Promise<string> } },
): Promise<Cookies> {
  const cookies: Cookies = new Map();
  await postAction(base, LOGIN_ACTION, { email: credentials.email, password: credentials.password }, cookies);
  const { secondStep } = credentials;
  if (secondStep) await postAction(base, secondStep, { code: await secondStep.code() }, cookies);
  const probe = await fetch(`${base}${secondStep ? '/instruction' : '/mon-compte'}`, { redirect: 'manual', headers: { Cookie: cookieHeader(cookies) } });
  await probe.arrayBuffer();
  if (probe.status !== 200) throw new Error(`Connexion de ${credentials.email} impossible (statut ${probe.status} sur la page d’accueil connectée).`);
  return cookies;
}
