import { createHash } from 'node:crypto';
import { actionRedirect, cookieHeader, postAction, type Cookies, type ServerAction } from '../support/http-session';
import { isErrorShell, judgeErrorAnswer, type ErrorVerdict } from './report';

// Over HTTP through the load balancer; each answer is judged as the person would see it.

const DRAFT_ACTIONS = 'app/mon-compte/dossiers/[dossierId]/modifier/actions.ts';
const startAction = (slug: string): ServerAction => ({
  file: 'app/(public)/demarches/[slug]/deposer/actions.ts',
  name: 'startDossierAction',
  path: `/demarches/${slug}/deposer`,
});
const draftAction = (dossierId: string): ServerAction => ({ file: DRAFT_ACTIONS, name: 'draftFormAction', path: `/mon-compte/dossiers/${dossierId}/modifier` });
const attachAction = (dossierId: string): ServerAction => ({
  file: DRAFT_ACTIONS,
  name: 'attachJustificatifAction',
  path: `/mon-compte/dossiers/${dossierId}/modifier`,
});
export const LOGOUT_EVERYWHERE: ServerAction = {
  file: 'app/mon-compte/donnees-personnelles/actions.ts',
  name: 'logoutEverywhereAction',
  path: '/mon-compte/donnees-personnelles',
};

/** The démarche made for the test: one text answer, one optional justificatif. */
export const TEST_FIELD = 'objet';
export const TEST_DOCUMENT = 'piece-jointe';

/** `shell`: the page's error is rendered by the browser (see browser-check.ts), not in the HTML itself. */
export type Outcome = { ok: true; dossierId?: string; fileId?: string } | { ok: false; status: number; verdict: ErrorVerdict; shell?: boolean; detail: string };

function failure(status: number, body: string, serverAction: boolean): Outcome {
  // A server action's refusal (200) is worded in the form; its failure (500) only carries a digest.
  return {
    ok: false,
    status,
    verdict: judgeErrorAnswer(body, { serverAction: serverAction && status >= 500 }),
    shell: !serverAction && isErrorShell(body),
    detail: `${status} ${body.replace(/\s+/g, ' ').slice(0, 160)}`,
  };
}

/** A network failure (the connection cut): the browser shows its own page; nothing of ours leaks. */
function networkFailure(error: unknown): Outcome {
  return { ok: false, status: 0, verdict: 'clear', detail: `réseau : ${(error as Error).message}` };
}

async function guarded(step: () => Promise<Outcome>): Promise<Outcome> {
  try {
    return await step();
  } catch (error) {
    return networkFailure(error);
  }
}

/** « Déposer une demande » with `key`: the draft (the same one for the same key). */
export function startDraft(base: string, cookies: Cookies, slug: string, key: string): Promise<Outcome> {
  return guarded(async () => {
    const { response, text } = await postAction(base, startAction(slug), { procedureSlug: slug, profileId: '', idempotencyKey: key }, cookies);
    const target = actionRedirect(response);
    const dossierId = /^\/mon-compte\/dossiers\/([0-9a-f-]{36})\/modifier$/.exec(target ?? '')?.[1];
    return dossierId ? { ok: true, dossierId } : failure(response.status, text, true);
  });
}

/** « Déposer » the draft; an already deposited one leads to its confirmation too (a success). */
export function deposit(base: string, cookies: Cookies, dossierId: string): Promise<Outcome> {
  return guarded(async () => {
    const { response, text } = await postAction(
      base,
      draftAction(dossierId),
      { dossierId, intent: 'submit', [TEST_FIELD]: 'Demande du test de résilience' },
      cookies,
    );
    return actionRedirect(response) === `/mon-compte/dossiers/${dossierId}/depose` ? { ok: true, dossierId } : failure(response.status, text, true);
  });
}

/** The whole submission: retried with the same key, it ends on the same dossier. */
export async function submit(base: string, cookies: Cookies, slug: string, key: string): Promise<Outcome> {
  const started = await startDraft(base, cookies, slug, key);
  if (!started.ok || !started.dossierId) return started;
  return deposit(base, cookies, started.dossierId);
}

export function uploadFile(base: string, cookies: Cookies, pdf: Uint8Array): Promise<Outcome> {
  return guarded(async () => {
    const form = new FormData();
    form.append('file', new File([new Uint8Array(pdf)], 'justificatif.pdf', { type: 'application/pdf' }));
    const response = await fetch(`${base}/api/fichiers`, {
      method: 'POST',
      body: form,
      headers: { Cookie: cookieHeader(cookies), Origin: base },
      signal: AbortSignal.timeout(60_000),
    });
    const text = await response.text();
    if (response.status !== 201) return failure(response.status, text, false);
    return { ok: true, fileId: (JSON.parse(text) as { id: string }).id };
  });
}

/** The attach action the field calls next: the uploaded file joined to the draft as TEST_DOCUMENT. */
export function attachFile(base: string, cookies: Cookies, dossierId: string, fileId: string): Promise<Outcome> {
  return guarded(async () => {
    const attached = await postAction(base, attachAction(dossierId), { dossierId, documentId: TEST_DOCUMENT, fileId }, cookies);
    return attached.response.status === 200 && attached.text.includes('"ok":true')
      ? { ok: true, dossierId, fileId }
      : failure(attached.response.status, attached.text, true);
  });
}

export async function uploadAndAttach(base: string, cookies: Cookies, dossierId: string, pdf: Uint8Array): Promise<Outcome> {
  const uploaded = await uploadFile(base, cookies, pdf);
  if (!uploaded.ok || !uploaded.fileId) return uploaded;
  return attachFile(base, cookies, dossierId, uploaded.fileId);
}

/** A download (GET /api/fichiers/<id>): its HTTP status (0: connection cut), the bytes' SHA-256 when served. */
export type Download = { status: number; sha256: string | null; outcome: Outcome };

export async function downloadFile(base: string, cookies: Cookies, fileId: string): Promise<Download> {
  // The status is kept apart: a 200 whose body is then cut still counts as served.
  let status = 0;
  try {
    const response = await fetch(`${base}/api/fichiers/${fileId}`, {
      redirect: 'manual',
      headers: { Cookie: cookieHeader(cookies) },
      signal: AbortSignal.timeout(60_000),
    });
    status = response.status;
    if (status !== 200) return { status, sha256: null, outcome: failure(status, await response.text(), false) };
    const sha256 = createHash('sha256')
      .update(Buffer.from(await response.arrayBuffer()))
      .digest('hex');
    return { status, sha256, outcome: { ok: true, fileId } };
  } catch (error) {
    return { status, sha256: null, outcome: networkFailure(error) };
  }
}

export function openPage(base: string, cookies: Cookies, path: string): Promise<Outcome> {
  return guarded(async () => {
    const response = await fetch(`${base}${path}`, { redirect: 'manual', headers: { Cookie: cookieHeader(cookies) }, signal: AbortSignal.timeout(60_000) });
    const text = await response.text();
    return response.status < 400 ? { ok: true } : failure(response.status, text, false);
  });
}
