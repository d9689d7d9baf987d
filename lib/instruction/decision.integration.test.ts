import { describe, expect, it } from 'vitest';
import { createConfirmedUser, findEmails } from '@/test/integration/accounts';
import { db } from '@/lib/db';
import { listDossierEvents } from '@/lib/dossiers/find-dossier-details';
import { createDepositedDossier, createStoredFile, createUserWithRole } from '@/test/integration/follow-up';
import type { z } from 'zod';
import { issuesByField } from '@/lib/actions/parse-form';
import { NOT_FOUND_CODE } from '@/lib/actions/result';
import { DOSSIER_CONFLICT_CODE } from '@/lib/dossiers/transition-dossier';
import { findDownloadableFile } from '@/lib/files/find-downloadable-file';
import { instructionSchemas } from '@/lib/validation/instruction';
import { addPrivateNote } from './add-private-note';
import { NotAnAgentError } from './agent-viewer';
import { decideDossier } from './decide-dossier';
import { findAgentDossier } from './find-agent-dossier';
import { assignInstructor } from '@/test/integration/instruction';
import { AGENT_FILE_UNAVAILABLE } from './issue-document';
import { NOT_DECIDED, reopenInstruction } from './reopen-instruction';
import { ATTACHMENT_CHANGED_CODE, reviewAttachment } from './review-attachment';
import { startInstruction } from './start-instruction';

async function applicantEmail(applicantId: string) {
  return (await db.user.findUniqueOrThrow({ where: { id: applicantId }, select: { email: true } })).email;
}

async function assignedAgent(procedureId: string) {
  const agent = await createUserWithRole('INSTRUCTEUR');
  await assignInstructor(agent.id, procedureId);
  return agent;
}

/** What the form's schema refuses, by field: the browser and the action check it before the domain. */
function schemaRefusal(schema: z.ZodType, data: Record<string, unknown>) {
  const parsed = schema.safeParse(data);
  return parsed.success ? null : issuesByField(parsed.error.issues);
}

const NOT_FOUND = { ok: false, code: NOT_FOUND_CODE, message: 'Ce dossier est introuvable.' };
const CONFLICT = { ok: false, code: DOSSIER_CONFLICT_CODE, message: expect.stringContaining('vient d’être modifié') };

const statusOf = async (id: string) => await db.dossier.findUniqueOrThrow({ where: { id }, select: { status: true, version: true } });

describe('startInstruction', () => {
  it('emails the applicant « est en instruction »', async () => {
    const { dossier, applicantId, procedureId } = await createDepositedDossier();
    const agent = await assignedAgent(procedureId);
    await startInstruction(agent, dossier.id, dossier.version);
    const emails = await findEmails(await applicantEmail(applicantId), 'instruction-started');
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain(`/mon-compte/dossiers/${dossier.id}`);
  });
});

describe('decideDossier', () => {
  it('refuses with a motif: status, history, audit, email with the motif', async () => {
    const { dossier, applicantId, procedureId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    const agent = await assignedAgent(procedureId);
    const posted = { dossierId: dossier.id, version: String(dossier.version) };
    const motifRequired = { reason: ['Saisissez le motif de la décision.'] };
    expect(schemaRefusal(instructionSchemas.decision, { ...posted, decision: 'REFUSE', reason: '  ' })).toEqual(motifRequired);
    expect(schemaRefusal(instructionSchemas.decision, { ...posted, decision: 'SANS_SUITE' })).toEqual(motifRequired);
    expect(schemaRefusal(instructionSchemas.decision, { ...posted, decision: 'ACCEPTE', reason: '' })).toBeNull();
    const version = dossier.version + 1;
    expect(await decideDossier(agent, dossier.id, dossier.version, { decision: 'REFUSE', reason: 'Projet hors barème' })).toEqual({
      ok: true,
      data: { version },
    });
    expect(await statusOf(dossier.id)).toEqual({ status: 'REFUSE', version });
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { decidedAt: true } })).toEqual({ decidedAt: expect.any(Date) });
    expect(
      await db.dossierEvent.findFirst({ where: { dossierId: dossier.id, type: 'decision' }, select: { actorId: true, toStatus: true, message: true } }),
    ).toEqual({
      actorId: agent.id,
      toStatus: 'REFUSE',
      message: 'Projet hors barème',
    });
    expect(await db.auditLog.findFirst({ where: { actorId: agent.id, action: 'instruction.decision' }, select: { targetId: true, details: true } })).toEqual({
      targetId: dossier.id,
      details: { decision: 'REFUSE' },
    });
    const emails = await findEmails(await applicantEmail(applicantId), 'dossier-decided');
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain('Refusé');
    expect(emails[0].text).toContain('Projet hors barème');
  });

  it('accepts without a motif, with a decision document in « Mes documents reçus » (one email only)', async () => {
    const { dossier, applicantId, procedureId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    const agent = await assignedAgent(procedureId);
    const file = await createStoredFile(agent.id);
    await decideDossier(agent, dossier.id, dossier.version, { decision: 'ACCEPTE', fileId: file.id, documentTitle: 'Arrêté de subvention' });
    expect(await statusOf(dossier.id)).toMatchObject({ status: 'ACCEPTE' });
    expect(await db.issuedDocument.findFirst({ where: { fileId: file.id }, select: { title: true, recipientUserId: true, dossierId: true } })).toEqual({
      title: 'Arrêté de subvention',
      recipientUserId: applicantId,
      dossierId: dossier.id,
    });
    const email = await applicantEmail(applicantId);
    const decided = await findEmails(email, 'dossier-decided');
    expect(decided).toHaveLength(1);
    expect(decided[0].text).toContain('Arrêté de subvention');
    expect(await findEmails(email, 'document-received')).toHaveLength(0);
  });

  it('on a stale version or an unusable file, writes nothing at all', async () => {
    const { dossier, applicantId, procedureId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    const agent = await assignedAgent(procedureId);
    expect(await decideDossier(agent, dossier.id, dossier.version + 1, { decision: 'ACCEPTE' })).toMatchObject(CONFLICT);
    const someoneElsesFile = await createStoredFile(applicantId);
    // Refused after the status changed: the transaction is rolled back.
    expect(await decideDossier(agent, dossier.id, dossier.version, { decision: 'ACCEPTE', fileId: someoneElsesFile.id })).toEqual({
      ok: false,
      message: AGENT_FILE_UNAVAILABLE,
      fieldErrors: { fileId: [AGENT_FILE_UNAVAILABLE] },
    });
    expect(await statusOf(dossier.id)).toEqual({ status: 'EN_INSTRUCTION', version: dossier.version });
    expect(await db.dossierEvent.count({ where: { dossierId: dossier.id } })).toBe(0);
    expect(await db.issuedDocument.count({ where: { dossierId: dossier.id } })).toBe(0);
    expect(await findEmails(await applicantEmail(applicantId), 'dossier-decided')).toHaveLength(0);
  });

  it('two agents at once: one wins, the other gets the conflict', async () => {
    const { dossier, procedureId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    const [first, second] = [await assignedAgent(procedureId), await assignedAgent(procedureId)];
    const results = await Promise.all([
      decideDossier(first, dossier.id, dossier.version, { decision: 'ACCEPTE' }),
      decideDossier(second, dossier.id, dossier.version, { decision: 'REFUSE', reason: 'Non' }),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject(CONFLICT);
    expect(await db.dossierEvent.count({ where: { dossierId: dossier.id, type: 'decision' } })).toBe(1);
  });

  it('is refused to an instructeur of another démarche and to an applicant; only from EN_INSTRUCTION', async () => {
    const { dossier } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    const other = await createDepositedDossier();
    const outsider = await assignedAgent(other.procedureId);
    expect(await decideDossier(outsider, dossier.id, dossier.version, { decision: 'ACCEPTE' })).toEqual(NOT_FOUND);
    const applicant = await createConfirmedUser();
    await expect(decideDossier({ id: applicant.id, role: 'USAGER' }, dossier.id, dossier.version, { decision: 'ACCEPTE' })).rejects.toBeInstanceOf(
      NotAnAgentError,
    );
    const admin = await createUserWithRole('ADMIN');
    expect(await decideDossier(admin, other.dossier.id, other.dossier.version, { decision: 'ACCEPTE' })).toEqual({
      ok: false,
      message: 'Ce dossier ne peut pas passer à l’état « Accepté » depuis son état actuel.',
    });
    expect(await statusOf(dossier.id)).toEqual({ status: 'EN_INSTRUCTION', version: dossier.version });
  });
});

describe('reopenInstruction', () => {
  it('brings a decided dossier back, with a required motif, history, audit and email', async () => {
    const { dossier, applicantId, procedureId } = await createDepositedDossier({ status: 'ACCEPTE' });
    const agent = await assignedAgent(procedureId);
    expect(schemaRefusal(instructionSchemas.reopen, { dossierId: dossier.id, version: String(dossier.version), reason: ' ' })).toEqual({
      reason: ['Saisissez le motif.'],
    });
    expect(await reopenInstruction(agent, dossier.id, dossier.version, 'Décision saisie sur le mauvais dossier')).toEqual({
      ok: true,
      data: { version: dossier.version + 1 },
    });
    expect(await statusOf(dossier.id)).toEqual({ status: 'EN_INSTRUCTION', version: dossier.version + 1 });
    expect(await db.dossier.findUniqueOrThrow({ where: { id: dossier.id }, select: { decidedAt: true } })).toEqual({ decidedAt: null });
    expect(
      await db.dossierEvent.findFirst({ where: { dossierId: dossier.id, type: 'instruction-reopened' }, select: { fromStatus: true, message: true } }),
    ).toEqual({
      fromStatus: 'ACCEPTE',
      message: 'Décision saisie sur le mauvais dossier',
    });
    expect(await db.auditLog.count({ where: { actorId: agent.id, action: 'instruction.reopen', targetId: dossier.id } })).toBe(1);
    const emails = await findEmails(await applicantEmail(applicantId), 'instruction-reopened');
    expect(emails).toHaveLength(1);
    expect(emails[0].text).toContain('Décision saisie sur le mauvais dossier');
    expect(await reopenInstruction(agent, dossier.id, dossier.version, 'encore')).toMatchObject(CONFLICT);
  });

  it('is not the applicant’s « Transmettre »: refused on a dossier awaiting a complement', async () => {
    const { dossier, procedureId } = await createDepositedDossier({ status: 'COMPLEMENT_DEMANDE' });
    const agent = await assignedAgent(procedureId);
    expect(await reopenInstruction(agent, dossier.id, dossier.version, 'x')).toEqual({ ok: false, message: NOT_DECIDED });
    const other = await assignedAgent((await createDepositedDossier()).procedureId);
    const decided = await createDepositedDossier({ status: 'REFUSE' });
    expect(await reopenInstruction(other, decided.dossier.id, decided.dossier.version, 'x')).toEqual(NOT_FOUND);
  });
});

describe('addPrivateNote', () => {
  it('is seen by agents, never by the applicant (no note, no history line, no email)', async () => {
    const { dossier, applicantId, procedureId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    const agent = await assignedAgent(procedureId);
    expect(schemaRefusal(instructionSchemas.note, { dossierId: dossier.id, body: '  ' })).toEqual({ body: ['Écrivez la note.'] });
    expect(schemaRefusal(instructionSchemas.note, { dossierId: dossier.id, body: 'x'.repeat(5001) })).toEqual({
      body: ['Le texte doit contenir au plus 5 000 caractères.'],
    });
    expect(await addPrivateNote(agent, dossier.id, 'Appeler la trésorière avant décision')).toMatchObject({ ok: true });
    const seen = await findAgentDossier(agent, dossier.id);
    expect(seen?.notes.map((note) => note.body)).toEqual(['Appeler la trésorière avant décision']);
    expect(seen?.events.map((event) => event.type)).toContain('note-added');
    expect(await db.auditLog.count({ where: { actorId: agent.id, action: 'instruction.note-added', targetId: dossier.id } })).toBe(1);

    // The applicant's own views of the dossier.
    expect(await findAgentDossier({ id: applicantId, role: 'USAGER' }, dossier.id)).toBeNull();
    const history = await listDossierEvents({ id: applicantId }, dossier.id);
    expect(history?.events.map((event) => event.type)).not.toContain('note-added');
    expect(JSON.stringify(history)).not.toContain('trésorière');
    expect(await db.outboxEmail.count({ where: { to: await applicantEmail(applicantId), text: { contains: 'trésorière' } } })).toBe(0);

    const outsider = await assignedAgent((await createDepositedDossier()).procedureId);
    expect(await addPrivateNote(outsider, dossier.id, 'intrus')).toEqual(NOT_FOUND);
    await expect(addPrivateNote({ id: applicantId, role: 'USAGER' }, dossier.id, 'moi')).rejects.toBeInstanceOf(NotAnAgentError);
    expect(await db.dossierNote.count({ where: { dossierId: dossier.id } })).toBe(1);
  });
});

describe('reviewAttachment (optimistic)', () => {
  it('refuses to review a justificatif replaced or reviewed since the agent saw it', async () => {
    const { dossier, applicantId, attachmentId, procedureId } = await createDepositedDossier({
      status: 'EN_INSTRUCTION',
      review: 'REJETE',
      reviewMessage: 'Flou',
    });
    const agent = await assignedAgent(procedureId);
    // The applicant replaces it (what replace-rejected-attachment writes).
    const file = await createStoredFile(applicantId, { attached: true });
    const replacement = await db.attachment.create({ data: { dossierId: dossier.id, documentId: 'rib', fileId: file.id }, select: { id: true } });
    await db.attachment.update({ where: { id: attachmentId }, data: { replacedById: replacement.id } });
    expect(await reviewAttachment(agent, attachmentId, { decision: 'VALIDE', expectedReview: 'REJETE' })).toMatchObject({
      ok: false,
      code: ATTACHMENT_CHANGED_CODE,
      message: expect.stringContaining('remplacé par un nouveau fichier'),
    });
    expect(await db.attachment.findUniqueOrThrow({ where: { id: attachmentId }, select: { review: true } })).toEqual({ review: 'REJETE' });

    const other = await assignedAgent(procedureId);
    await reviewAttachment(other, replacement.id, { decision: 'VALIDE', expectedReview: 'EN_ATTENTE' });
    expect(await reviewAttachment(agent, replacement.id, { decision: 'REJETE', message: 'Non', expectedReview: 'EN_ATTENTE' })).toMatchObject({
      ok: false,
      code: ATTACHMENT_CHANGED_CODE,
      message: expect.stringMatching(/vérifié par quelqu’un/),
    });
    expect(await db.attachment.findUniqueOrThrow({ where: { id: replacement.id }, select: { review: true } })).toEqual({ review: 'VALIDE' });
  });
});

describe('findAgentDossier', () => {
  it('returns the whole dossier to an agent of its démarche and to an administrator, nothing to others', async () => {
    const { dossier, procedureId, applicantId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    const agent = await assignedAgent(procedureId);
    const seen = await findAgentDossier(agent, dossier.id);
    expect(seen).toMatchObject({ id: dossier.id, status: 'EN_INSTRUCTION', applicant: { id: applicantId }, answers: { 'nom-du-projet': 'Fête du moulin' } });
    expect(seen?.attachments).toHaveLength(1);
    expect(seen?.documents.map((document) => document.id)).toContain('rib');
    expect(await findAgentDossier(await createUserWithRole('ADMIN'), dossier.id)).not.toBeNull();
    const outsider = await assignedAgent((await createDepositedDossier()).procedureId);
    expect(await findAgentDossier(outsider, dossier.id)).toBeNull();
    expect(await findAgentDossier(agent, 'pas-un-uuid')).toBeNull();
    const draft = await createDepositedDossier({ status: 'BROUILLON' });
    expect(await findAgentDossier(await createUserWithRole('ADMIN'), draft.dossier.id)).toBeNull();
  });
});

describe('findDownloadableFile for agents', () => {
  it('gives the files of dossiers in the agent’s scope, not others, and keeps applicants’ rules', async () => {
    const { dossier, fileId, procedureId, applicantId } = await createDepositedDossier({ status: 'EN_INSTRUCTION' });
    const agent = await assignedAgent(procedureId);
    const outsider = await assignedAgent((await createDepositedDossier()).procedureId);
    expect(await findDownloadableFile(agent, fileId)).not.toBeNull();
    expect(await findDownloadableFile(await createUserWithRole('ADMIN'), fileId)).not.toBeNull();
    expect(await findDownloadableFile(outsider, fileId)).toBeNull();
    // A role-less viewer (as before) and another applicant: unchanged rules.
    expect(await findDownloadableFile({ id: applicantId }, fileId)).not.toBeNull();
    expect(await findDownloadableFile({ id: (await createConfirmedUser()).id, role: 'USAGER' }, fileId)).toBeNull();
    // A document sent on the dossier: visible to its agents, not marked read by them.
    const sent = await createStoredFile(agent.id);
    await decideDossier(agent, dossier.id, dossier.version, { decision: 'ACCEPTE', fileId: sent.id });
    expect(await findDownloadableFile(outsider, sent.id)).toBeNull();
    expect(await findDownloadableFile(await createUserWithRole('ADMIN'), sent.id)).toMatchObject({ markRead: false });
    expect(await findDownloadableFile({ id: applicantId, role: 'USAGER' }, sent.id)).toMatchObject({ markRead: true });
    // A draft's files stay its author's.
    const draft = await createDepositedDossier({ status: 'BROUILLON' });
    expect(await findDownloadableFile(await createUserWithRole('ADMIN'), draft.fileId)).toBeNull();
  });
});
