import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from '@/e2e/fixtures/files/corpus';
import { db } from '@/lib/db';
import { attachJustificatif } from '@/lib/dossiers/attach-justificatif';
import { saveDraft } from '@/lib/dossiers/save-draft';
import { submitDossier } from '@/lib/dossiers/submit-dossier';
import { createFsDriver } from '@/lib/storage/fs-driver';
import { associationDraft, context, createConfirmedUser, currentVersion, goodAnswers, uploadedFile } from '@/test/integration/dossiers';
import { uploadRequest } from '@/test/integration/upload-requests';
import { handleUpload } from './handle-upload';

// 100 people at once, as at the closing hour of a démarche: every upload and every deposit must
// succeed, none may fail with « Unable to start a transaction » while waiting for the others.
const PEOPLE = 100;

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'guichet-simultaneous-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe(`${PEOPLE} simultaneous deposits`, () => {
  it(`stores ${PEOPLE} files uploaded at the same time, each by its own person`, { timeout: 120_000 }, async () => {
    const people = await Promise.all(Array.from({ length: PEOPLE }, () => createConfirmedUser()));
    const pdf = readFileSync(fixturePath('attestation.pdf'));
    const storage = createFsDriver(path.join(dir, 'files'));
    const responses = await Promise.all(
      people.map((person) =>
        handleUpload(uploadRequest({ bytes: pdf, name: 'attestation.pdf' }), person, {
          storage,
          scanner: null,
          limits: { maxMb: 20, tmpDir: path.join(dir, 'tmp') },
        }),
      ),
    );
    const statuses = await Promise.all(responses.map(async (response) => `${response.status} ${response.status === 201 ? '' : (await response.json()).error}`));
    expect(statuses.filter((status) => status !== '201 ')).toEqual([]);
    expect(await db.storedFile.count({ where: { ownerId: { in: people.map((person) => person.id) } } })).toBe(PEOPLE);
  });

  it(`deposits ${PEOPLE} dossiers submitted at the same time, each with its own number`, { timeout: 240_000 }, async () => {
    const drafts = [];
    for (let index = 0; index < PEOPLE; index += 1) {
      const draft = await associationDraft();
      await saveDraft(draft.applicant, draft.dossierId, goodAnswers);
      const file = await uploadedFile(draft.applicant.id);
      expect((await attachJustificatif(draft.applicant, { dossierId: draft.dossierId, documentId: 'rib', fileId: file.id }, context)).ok).toBe(true);
      drafts.push({ ...draft, version: await currentVersion(draft.dossierId) });
    }
    const results = await Promise.all(
      drafts.map((draft) => submitDossier(draft.applicant, draft.dossierId, draft.version, context).catch((error: Error) => error)),
    );
    const failures = results
      .filter((result) => result instanceof Error || !result.ok)
      .map((result) => (result instanceof Error ? result.message : JSON.stringify(result)));
    expect(failures).toEqual([]);
    const numbers = await db.dossier.findMany({ where: { id: { in: drafts.map((draft) => draft.dossierId) } }, select: { number: true } });
    expect(new Set(numbers.map((dossier) => dossier.number)).size).toBe(PEOPLE);
  });
});
