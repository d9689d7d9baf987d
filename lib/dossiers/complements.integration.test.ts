import { beforeEach, describe, expect, it, vi } from 'vitest';
import { answerComplementAction, replaceRejectedInAnswerAction } from '@/app/mon-compte/dossiers/[dossierId]/(suivi)/actions';
import { requestComplementAction } from '@/app/instruction/dossiers/[dossierId]/actions';
import { requireAgent, requireUser, type SessionUser } from '@/lib/auth/session';
import { db } from '@/lib/db';
import { toParisDay } from '@/lib/procedures/campaign-dates';
import { DUE_DATE_INVALID, DUE_DATE_MISSING, DUE_DATE_NOT_FUTURE } from '@/lib/validation/instruction';
import { findEmails } from '@/test/integration/accounts';
import { assignInstructor } from '@/test/integration/instruction';
import { createDepositedDossier, createStoredFile, createUserWithRole, followContext } from '@/test/integration/follow-up';
import { answerComplement, REJECTED_NOT_REPLACED } from './answer-complement';
import { complementDueAt, defaultComplementDueDay } from './complement-due-date';
import { replaceRejectedAttachment } from './replace-rejected-attachment';
import { replaceBeforeTransmitting } from './rejected-justificatifs';

// Compléments: the agent's « Date limite de réponse » (the form's rules, through the real action),
// and the applicant's « Transmettre », refused by the domain while a rejected justificatif is not
// replaced. Only the session and the request are replaced.
vi.mock('@/lib/auth/session', () => ({ requireUser: vi.fn(), requireAgent: vi.fn() }));
vi.mock('@/lib/actions/request-context', () => ({ getActionRequestContext: vi.fn(async () => ({ ip: '198.51.100.7' })) }));
vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));

function form(values: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(values)) data.append(name, value);
  return data;
}

const NOT_FOUND = 'NEXT_HTTP_ERROR_FALLBACK;404';

/** What Next.js makes of redirect() and notFound(): an error whose digest names it. */
async function interruption(action: Promise<unknown>): Promise<string> {
  try {
    await action;
  } catch (error) {
    return String((error as { digest?: unknown }).digest);
  }
  throw new Error('Attendu : une redirection, obtenu une réponse.');
}

const RIB = 'Relevé d’identité bancaire';
const answers = { 'nom-du-projet': 'Fête du moulin, 2e édition', montant: '2 000' };

beforeEach(() => {
  vi.mocked(requireUser).mockReset();
  vi.mocked(requireAgent).mockReset();
});

describe('« Demander des compléments »: the date to answer by', () => {
  async function agentWithDossier() {
    const agent = await createUserWithRole('INSTRUCTEUR');
    const deposited = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    await assignInstructor(agent.id, deposited.procedureId);
    vi.mocked(requireAgent).mockResolvedValue(agent as unknown as SessionUser);
    return { agent, ...deposited };
  }

  it('refuses a missing, invalid, past or today’s date next to the field, changing nothing', async () => {
    const { dossier } = await agentWithDossier();
    const posted = { dossierId: dossier.id, version: String(dossier.version), body: 'Merci de joindre le budget.' };
    const today = toParisDay(new Date());
    const yesterday = toParisDay(new Date(Date.now() - 86_400_000));
    for (const [dueOn, message] of [
      ['', DUE_DATE_MISSING],
      ['31/02/2027', DUE_DATE_INVALID],
      ['demain', DUE_DATE_INVALID],
      [yesterday, DUE_DATE_NOT_FUTURE],
      [today, DUE_DATE_NOT_FUTURE],
    ]) {
      expect(await requestComplementAction(null, form({ ...posted, dueOn })), dueOn).toMatchObject({ ok: false, fieldErrors: { dueOn: [message] } });
    }
    expect(await requestComplementAction(null, form(posted))).toMatchObject({ ok: false, fieldErrors: { dueOn: [DUE_DATE_MISSING] } });
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { status: true, complementDueAt: true } })).toEqual({
      status: 'EN_INSTRUCTION',
      complementDueAt: null,
    });
  });

  it('stores the date (end of that day in Paris) and emails the request quoted with the date', async () => {
    const { dossier, applicantId } = await agentWithDossier();
    const dueOn = defaultComplementDueDay(20);
    const typed = `${dueOn.slice(8, 10)}/${dueOn.slice(5, 7)}/${dueOn.slice(0, 4)}`;
    const request = 'Merci de joindre le budget prévisionnel.\nEt le devis signé.';
    const done = await interruption(
      requestComplementAction(null, form({ dossierId: dossier.id, version: String(dossier.version), body: request, dueOn: typed })),
    );
    expect(done).toContain(`/instruction/dossiers/${dossier.id}?succes=complement`);
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { status: true, complementDueAt: true } })).toEqual({
      status: 'COMPLEMENT_DEMANDE',
      complementDueAt: complementDueAt(dueOn),
    });
    const { email } = await db.user.findUniqueOrThrow({ where: { id: applicantId }, select: { email: true } });
    const [sent] = await findEmails(email, 'complement-requested');
    const date = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(complementDueAt(dueOn));
    expect(sent.text).toContain('Merci de joindre le budget prévisionnel.');
    expect(sent.text).toContain('Et le devis signé.');
    expect(sent.text).toContain(`Merci de répondre avant le ${date}.`);
  });
});

describe('« Transmettre » while a justificatif is « Rejeté »', () => {
  async function rejectedDossier() {
    const deposited = await createDepositedDossier({ status: 'COMPLEMENT_DEMANDE', review: 'REJETE', reviewMessage: 'Le document est illisible.' });
    await db.dossier.update({ where: { id: deposited.dossier.id }, data: { complementDueAt: complementDueAt(defaultComplementDueDay(15)) } });
    return deposited;
  }

  it('is refused by the domain on the document’s field, writing nothing; once replaced, it goes through', async () => {
    const { dossier, applicantId, attachmentId } = await rejectedDossier();
    const viewer = { id: applicantId };
    const input = { dossierId: dossier.id, expectedVersion: dossier.version, answers, message: 'Voici.' };

    expect(await answerComplement(viewer, input, followContext)).toEqual({
      ok: false,
      message: REJECTED_NOT_REPLACED,
      fieldErrors: { 'justificatif-rib': [replaceBeforeTransmitting(RIB)] },
    });
    // With invalid answers too, both are said at once.
    expect(await answerComplement(viewer, { ...input, answers: { montant: 'beaucoup' } }, followContext)).toMatchObject({
      ok: false,
      fieldErrors: { 'nom-du-projet': expect.any(Array), montant: expect.any(Array), 'justificatif-rib': [replaceBeforeTransmitting(RIB)] },
    });
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { status: true, version: true } })).toEqual({
      status: 'COMPLEMENT_DEMANDE',
      version: dossier.version,
    });
    expect(await db.dossierEvent.count({ where: { dossierId: dossier.id, type: 'complement-answered' } })).toBe(0);
    expect(await db.dossierMessage.count({ where: { dossierId: dossier.id } })).toBe(0);

    const file = await createStoredFile(applicantId);
    expect(await replaceRejectedAttachment(viewer, { attachmentId, fileId: file.id }, followContext)).toMatchObject({ ok: true });
    expect(await answerComplement(viewer, input, followContext)).toEqual({ ok: true });
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { status: true, complementDueAt: true } })).toEqual({
      status: 'EN_INSTRUCTION',
      complementDueAt: null,
    });
  });

  it('is refused through the action too (a replayed post), with the answers kept', async () => {
    const { dossier, applicantId } = await rejectedDossier();
    vi.mocked(requireUser).mockResolvedValue({ id: applicantId } as SessionUser);
    const refused = await answerComplementAction(null, form({ dossierId: dossier.id, version: String(dossier.version), ...answers }));
    expect(refused).toMatchObject({
      ok: false,
      message: REJECTED_NOT_REPLACED,
      fieldErrors: { 'justificatif-rib': [replaceBeforeTransmitting(RIB)] },
      values: { 'nom-du-projet': answers['nom-du-projet'] },
    });
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { status: true } })).toEqual({ status: 'COMPLEMENT_DEMANDE' });
  });

  it('the answer form’s replacement: the owner’s upload replaces it and the page stays; another person gets 404', async () => {
    const { dossier, applicantId, attachmentId } = await rejectedDossier();
    const stranger = await createUserWithRole('USAGER');
    const strangerFile = await createStoredFile(stranger.id);
    vi.mocked(requireUser).mockResolvedValue(stranger as unknown as SessionUser);
    expect(await interruption(replaceRejectedInAnswerAction(null, form({ dossierId: dossier.id, attachmentId, fileId: strangerFile.id })))).toBe(NOT_FOUND);
    expect(await db.attachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { replacedById: true } })).toEqual({ replacedById: null });

    vi.mocked(requireUser).mockResolvedValue({ id: applicantId } as SessionUser);
    const file = await createStoredFile(applicantId);
    expect(await replaceRejectedInAnswerAction(null, form({ dossierId: dossier.id, attachmentId, fileId: file.id }))).toEqual({ ok: true });
    expect(await db.attachment.count({ where: { dossierId: dossier.id, review: 'REJETE', replacedById: null } })).toBe(0);
  });

  it('a validated justificatif does not block', async () => {
    const { dossier, applicantId } = await createDepositedDossier({ status: 'COMPLEMENT_DEMANDE', review: 'VALIDE' });
    expect(await answerComplement({ id: applicantId }, { dossierId: dossier.id, expectedVersion: dossier.version, answers }, followContext)).toEqual({
      ok: true,
    });
  });
});
