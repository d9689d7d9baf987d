import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerComplementAction, postDossierMessageAction } from '@/app/mon-compte/dossiers/[dossierId]/(suivi)/actions';
import { attachJustificatifAction, autosaveDraftAction, deleteDraftAction, draftFormAction } from '@/app/mon-compte/dossiers/[dossierId]/modifier/actions';
import { CONTROL_CHARACTER_MESSAGE, INVALID_FORM_MESSAGE } from '@/lib/actions/parse-form';
import { requireUser, type SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { JUSTIFICATIF_NOT_ATTACHED } from '@/lib/validation/dossier-draft';
import { associationDraft, createConfirmedUser, goodAnswers, uploadedFile } from '@/test/integration/dossiers';
import { createDepositedDossier } from '@/test/integration/follow-up';
import { depositedPath, dossierPath } from './dossier-paths';

// The applicant's server actions themselves (defineAction: access → schema → domain → what
// follows), with the real domain and database; only the session and the request are replaced,
// since they come from a real browser's cookie and connection.
vi.mock('@/lib/auth/session', () => ({ requireUser: vi.fn() }));
vi.mock('@/lib/actions/request-context', () => ({ getActionRequestContext: vi.fn(async () => ({ ip: '198.51.100.7' })) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

function signedInAs(user: { id: string }) {
  vi.mocked(requireUser).mockResolvedValue(user as SessionUser);
}

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

/** What Next.js makes of redirect() and notFound(): an error whose digest names it. */
async function interruption(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    return String((error as { digest?: unknown }).digest);
  }
  throw new Error('Attendu : une redirection ou un 404, obtenu une réponse.');
}

const NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';

beforeEach(() => {
  vi.mocked(requireUser).mockReset();
});

describe('the draft’s actions', () => {
  it('autosave and attach take the form; once deposited, every form of the draft leads to the confirmation', async () => {
    const { applicant, dossierId } = await associationDraft();
    signedInAs(applicant);

    expect(await autosaveDraftAction(null, form({ dossierId, ...goodAnswers }))).toEqual({ ok: true, data: { savedAt: expect.any(String) } });
    expect(await attachJustificatifAction(null, form({ dossierId, documentId: 'rib', fileId: 'pas-un-id' }))).toMatchObject({
      ok: false,
      fieldErrors: { fileId: [JUSTIFICATIF_NOT_ATTACHED] },
    });
    const file = await uploadedFile(applicant.id, 'rib.pdf');
    expect(await attachJustificatifAction(null, form({ dossierId, documentId: 'rib', fileId: file.id }))).toEqual({ ok: true, data: { name: 'rib.pdf' } });

    expect(await interruption(draftFormAction(null, form({ dossierId, intent: 'submit', ...goodAnswers })))).toContain(depositedPath(dossierId));
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { status: true } })).toEqual({ status: 'DEPOSE' });
    // A second tab or a double click: already deposited.
    expect(await interruption(draftFormAction(null, form({ dossierId, intent: 'save', ...goodAnswers })))).toContain(depositedPath(dossierId));
    expect(await interruption(deleteDraftAction(null, form({ dossierId })))).toContain(depositedPath(dossierId));
  });

  it('a refused deposit keeps what was typed; another person’s draft is a 404 and stays as it was', async () => {
    const { applicant, dossierId } = await associationDraft();
    signedInAs(applicant);
    const refused = await draftFormAction(null, form({ dossierId, intent: 'submit', 'nom-du-projet': 'Fête', montant: 'beaucoup' }));
    expect(refused).toMatchObject({ ok: false, fieldErrors: { montant: expect.any(Array), rib: expect.any(Array) }, values: { montant: 'beaucoup' } });

    signedInAs(await createConfirmedUser());
    expect(await interruption(draftFormAction(null, form({ dossierId, 'nom-du-projet': 'Intrus' })))).toBe(NOT_FOUND);
    expect(await interruption(autosaveDraftAction(null, form({ dossierId, 'nom-du-projet': 'Intrus' })))).toBe(NOT_FOUND);
    expect(await interruption(deleteDraftAction(null, form({ dossierId })))).toBe(NOT_FOUND);
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossierId }, select: { answers: true } })).toEqual({
      answers: { 'nom-du-projet': 'Fête', montant: 'beaucoup' },
    });
  });
});

describe('the follow-up’s actions', () => {
  it('« Échanges »: an empty message is refused on its field with what was typed; a message is sent; another person gets a 404', async () => {
    const { dossier, applicantId } = await createDepositedDossier();
    signedInAs({ id: applicantId });
    expect(await postDossierMessageAction(null, form({ dossierId: dossier.id, body: '   ' }))).toMatchObject({
      ok: false,
      fieldErrors: { body: ['Saisissez votre message.'] },
      values: { body: '   ' },
    });
    // A replay by hand may send anything but a form: a refusal, not a 500.
    expect(await postDossierMessageAction(null, [1, 2] as unknown as FormData)).toMatchObject({ ok: false, message: INVALID_FORM_MESSAGE });
    // A NUL character (PostgreSQL refuses it in text) is a field error, not a 500.
    expect(await postDossierMessageAction(null, form({ dossierId: dossier.id, body: 'Bon\u0000jour' }))).toMatchObject({
      ok: false,
      fieldErrors: { body: [CONTROL_CHARACTER_MESSAGE] },
    });
    expect(await interruption(postDossierMessageAction(null, form({ dossierId: dossier.id, body: 'Bonjour' })))).toContain(
      `${dossierPath(dossier.id)}/echanges?succes=message`,
    );

    signedInAs(await createConfirmedUser());
    expect(await interruption(postDossierMessageAction(null, form({ dossierId: dossier.id, body: 'Intrus' })))).toBe(NOT_FOUND);
    expect(await db.dossierMessage.findMany({ where: { dossierId: dossier.id }, select: { body: true } })).toEqual([{ body: 'Bonjour' }]);
  });

  it('« Transmettre »: the answers are checked with the dossier’s own form, their errors keyed by field id', async () => {
    const { dossier, applicantId } = await createDepositedDossier({ status: 'COMPLEMENT_DEMANDE' });
    signedInAs({ id: applicantId });
    const values = { dossierId: dossier.id, version: String(dossier.version), message: 'Voici.', 'nom-du-projet': '', montant: '1500' };
    expect(await answerComplementAction(null, form(values))).toMatchObject({ ok: false, fieldErrors: { 'nom-du-projet': expect.any(Array) }, values });
    expect(await interruption(answerComplementAction(null, form({ ...values, 'nom-du-projet': 'Fête du moulin 2026' })))).toContain(
      `${dossierPath(dossier.id)}?succes=transmis`,
    );
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { status: true } })).toEqual({ status: 'EN_INSTRUCTION' });
  });
});
