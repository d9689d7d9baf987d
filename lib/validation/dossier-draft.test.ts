import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { attachJustificatifSchema, draftFormSchema, JUSTIFICATIF_NOT_ATTACHED, startDossierSchema } from './dossier-draft';

describe('startDossierSchema (« Pour qui ? »)', () => {
  it('gives no profile for a particulier (nothing chosen)', () => {
    const key = randomUUID();
    expect(startDossierSchema.parse({ procedureSlug: 'aide', profileId: '', idempotencyKey: key })).toEqual({
      procedureSlug: 'aide',
      profileId: null,
      idempotencyKey: key,
    });
  });

  it('refuses a profile that is not an id with the words of a missing choice', () => {
    const parsed = startDossierSchema.safeParse({ procedureSlug: 'aide', profileId: 'autre', idempotencyKey: randomUUID() });
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(['Choisissez le profil de l’association pour laquelle vous faites la demande']);
  });
});

describe('draftFormSchema', () => {
  it('reads the button pressed and leaves the answers (named by field id) to the domain', () => {
    const dossierId = randomUUID();
    expect(draftFormSchema.parse({ dossierId, intent: 'submit', montant: '1500' })).toEqual({ dossierId, intent: 'submit', montant: '1500' });
    expect(draftFormSchema.safeParse({ dossierId, intent: 'publier' }).success).toBe(false);
  });
});

describe('attachJustificatifSchema', () => {
  it('says the same thing whatever part of the post is malformed', () => {
    const parsed = attachJustificatifSchema.safeParse({ dossierId: 'x', documentId: '', fileId: 'y' });
    expect(new Set(parsed.error?.issues.map((issue) => issue.message))).toEqual(new Set([JUSTIFICATIF_NOT_ATTACHED]));
  });
});
